package nl.wegwijs.backend.catalogue;

/** Where a programme or practice example stands. */
public enum Lifecycle {
    PILOT, RUNNING, ENDED, MERGED
}
