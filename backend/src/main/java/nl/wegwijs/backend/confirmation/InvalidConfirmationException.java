package nl.wegwijs.backend.confirmation;

/** A confirmation link that cannot be used; {@link #reason()} says why, for a clear message to the provider. */
public class InvalidConfirmationException extends RuntimeException {

    /** Why a link is refused. */
    public enum Reason {
        /** Signed by us, but older than its expiry: the provider needs a new mail. */
        EXPIRED,
        /** Changed, cut off or not ours. */
        INVALID,
        /** Well signed, but the entry is gone or no longer published. */
        UNKNOWN_ENTRY
    }

    private final Reason reason;

    InvalidConfirmationException(Reason reason) {
        super("Confirmation link refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
