package nl.wegwijs.backend.api;

/** A request parameter outside what the API accepts; answered with 400 problem+json. */
class InvalidParameterException extends RuntimeException {

    private final String parameter;
    private final String messageKey;
    private final Object[] arguments;

    InvalidParameterException(String parameter, String messageKey, Object... arguments) {
        super(parameter + ": " + messageKey);
        this.parameter = parameter;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    String parameter() { return parameter; }
    String messageKey() { return messageKey; }
    Object[] arguments() { return arguments; }
}
