package nl.wegwijs.backend.editorial;

/** What an editor decided about one proposed field. */
public enum FieldDecision {
    OPEN,
    ACCEPTED,
    REJECTED
}
