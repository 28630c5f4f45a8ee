package nl.wegwijs.backend.interop;

/** The file as a whole cannot be read (not JSON, not CSV, no records): answered as a 400 problem. */
public class MalformedImportException extends RuntimeException {

    public MalformedImportException(String message) {
        super(message);
    }
}
