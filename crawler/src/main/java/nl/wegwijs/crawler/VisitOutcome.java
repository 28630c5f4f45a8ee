package nl.wegwijs.crawler;

/** What happened to one URL taken from the frontier. */
public enum VisitOutcome {
    /** HTML fetched and extracted. */
    EXTRACTED,
    /** 304 to a conditional request. */
    NOT_MODIFIED,
    /** 200, but the body hash equals the known one: links followed, no entries reported. */
    UNCHANGED,
    /** Same bytes as a page already seen in this crawl under another URL. */
    DUPLICATE_CONTENT,
    /** A redirect led to a page already fetched in this crawl. */
    DUPLICATE_URL,
    /** Not HTML (PDF, office file, image): recorded as a document link, body not read. */
    DOCUMENT,
    /** robots.txt forbids the URL; nothing was requested. */
    ROBOTS_DISALLOWED,
    /** The host was skipped: robots.txt unavailable (5xx) or Crawl-delay above our limit. */
    HOST_SKIPPED,
    HTTP_ERROR,
    REDIRECT_STOPPED,
    TIMEOUT,
    UNREACHABLE,
    REFUSED_ADDRESS
}
