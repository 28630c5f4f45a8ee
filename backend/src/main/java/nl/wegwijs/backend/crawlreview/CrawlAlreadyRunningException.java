package nl.wegwijs.backend.crawlreview;

/** A source already has an active run; it has to end (or be stopped) before the next one starts. */
public class CrawlAlreadyRunningException extends IllegalStateException {

    private final String sourceId;

    CrawlAlreadyRunningException(String sourceId) {
        super("A crawl of " + sourceId + " is already running");
        this.sourceId = sourceId;
    }

    public String sourceId() {
        return sourceId;
    }
}
