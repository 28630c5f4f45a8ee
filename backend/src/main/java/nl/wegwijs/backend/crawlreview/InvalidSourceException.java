package nl.wegwijs.backend.crawlreview;

/**
 * A source form an editor must correct.
 *
 * @see #field() the form field at fault ("name", "startUrls", "allowedHosts", "allowedPathPrefixes", "schedule",
 *     "maxPages", "maxDepth")
 */
public class InvalidSourceException extends IllegalArgumentException {

    private final String field;
    private final String value;

    InvalidSourceException(String field, String value) {
        super("Invalid " + field + ": " + value);
        this.field = field;
        this.value = value;
    }

    public String field() {
        return field;
    }

    public String value() {
        return value;
    }
}
