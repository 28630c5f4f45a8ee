package nl.wegwijs.backend.searching;

/** What a search near a place shows instead when nothing lies within its radius. */
public enum PlaceFallback {
    /** Entries not tied to a place: a nationwide region, or none stated. */
    NATIONWIDE("nationwide");

    private final String code;

    PlaceFallback(String code) {
        this.code = code;
    }

    /** The value of the API's {@code placeFallback} field. */
    public String code() {
        return code;
    }
}
