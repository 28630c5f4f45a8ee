package nl.wegwijs.backend.catalogue;

/** Only published entries are public and searchable. */
public enum EntryStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
