package nl.wegwijs.backend.editorial;

/** A value an editor, an import or an accepted proposal would store breaks a {@link FieldRules} rule. */
public class InvalidFieldException extends IllegalArgumentException {

    private final String field;
    private final String messageKey;

    public InvalidFieldException(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() { return field; }
    public String messageKey() { return messageKey; }
}
