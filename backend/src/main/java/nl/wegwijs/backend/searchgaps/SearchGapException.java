package nl.wegwijs.backend.searchgaps;

/** An editor's decision on a search gap that cannot be taken; {@link #messageKey()} says why, in the editor's language. */
public class SearchGapException extends RuntimeException {

    private final String messageKey;

    SearchGapException(String messageKey, String detail) {
        super(detail);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
