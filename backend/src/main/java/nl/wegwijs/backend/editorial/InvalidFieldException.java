package nl.wegwijs.backend.editorial;

import org.jspecify.annotations.Nullable;

/**
 * A value an editor, an import or an accepted proposal would store breaks a {@link FieldRules} rule. For an
 * unknown term, {@code value} is the term itself, so the message can name it (argument {0} of the message).
 */
public class InvalidFieldException extends IllegalArgumentException {

    private final String field;
    private final String messageKey;
    private final @Nullable String value;

    public InvalidFieldException(String field, String messageKey) {
        this(field, messageKey, null);
    }

    public InvalidFieldException(String field, String messageKey, @Nullable String value) {
        super(field + ": " + messageKey + (value == null ? "" : " (" + value + ")"));
        this.field = field;
        this.messageKey = messageKey;
        this.value = value;
    }

    public String field() { return field; }
    public String messageKey() { return messageKey; }
    public @Nullable String value() { return value; }

    /** The message's arguments: the unknown value, or none. */
    public Object[] arguments() {
        return value == null ? new Object[0] : new Object[] {value};
    }
}
