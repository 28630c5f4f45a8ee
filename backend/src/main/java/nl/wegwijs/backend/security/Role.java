package nl.wegwijs.backend.security;

/** An admin can do everything an editor can, and manage accounts. */
public enum Role {
    EDITOR,
    ADMIN;

    /** The Spring Security authority ("ROLE_EDITOR"). */
    public String authority() {
        return "ROLE_" + name();
    }
}
