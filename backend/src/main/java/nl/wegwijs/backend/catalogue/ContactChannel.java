package nl.wegwijs.backend.catalogue;

/** How the provision can be reached. */
public enum ContactChannel {
    TELEFOON, MAIL, CHAT
}
