package nl.wegwijs.backend.catalogue;

/** Published after a transaction changed an entry; the search index listens. */
public record EntryChanged(String entryId) {}
