package nl.wegwijs.index;

/** How many matching entries carry one facet value. */
public record FacetCount(String value, long count) {}
