package nl.wegwijs.backend.interop;

/** An upload above {@code wegwijs.interop.max-upload}: answered as a 413 problem before anything is parsed. */
public class UploadTooLargeException extends RuntimeException {

    private final long limit;

    public UploadTooLargeException(long limit) {
        super("The upload is larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
