package nl.wegwijs.backend.crawlreview;

/** Where a run is. QUEUED and RUNNING are active: at most one active run per source (a unique index). */
public enum RunStatus {
    /** Reserved, waiting for a worker thread. */
    QUEUED,
    RUNNING,
    /** Crawled to the end or to the page limit. */
    FINISHED,
    /** Stopped by an editor. */
    CANCELLED,
    /** Ended by an error of our own (not a site's: those are counted and logged). */
    FAILED,
    /** The application stopped or crashed while the run was active; ended at the next start. */
    INTERRUPTED;

    public boolean active() {
        return this == QUEUED || this == RUNNING;
    }
}
