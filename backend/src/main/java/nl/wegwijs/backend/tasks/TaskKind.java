package nl.wegwijs.backend.tasks;

/** The kinds of long work; at most one of each kind runs at a time. */
public enum TaskKind {
    IMPORT,
    INDEX_REBUILD
}
