package nl.wegwijs.backend.catalogue;

/** Where the provision takes place. */
public enum Setting {
    THUIS, OP_LOCATIE, OP_SCHOOL, ONLINE
}
