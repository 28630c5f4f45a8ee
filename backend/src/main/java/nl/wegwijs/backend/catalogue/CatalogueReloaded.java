package nl.wegwijs.backend.catalogue;

/** Published after a bulk import changed many entries at once; the search index rebuilds. */
public record CatalogueReloaded(int changedEntries) {}
