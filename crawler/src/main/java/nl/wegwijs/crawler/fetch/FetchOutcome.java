package nl.wegwijs.crawler.fetch;

/** How a fetch ended; only {@link #OK} carries a body. */
public enum FetchOutcome {
    /** 2xx with a body of an accepted type (possibly cut at the size bound). */
    OK,
    /** 304 after a conditional request: the stored copy is still current. */
    NOT_MODIFIED,
    /** 2xx, but not a type we parse (PDF, images, office files): recorded as a link only. */
    NOT_HTML,
    /** A 4xx or 5xx status. */
    HTTP_ERROR,
    /** A 3xx that we stopped following: limit reached, loop, refused target, or missing Location. */
    REDIRECT_STOPPED,
    /** The connect or page time limit ran out. */
    TIMEOUT,
    /** The host resolves to a loopback or private address and local fetching is off. */
    REFUSED_ADDRESS,
    /** DNS failure, connection refused or reset, malformed response. */
    NETWORK_ERROR
}
