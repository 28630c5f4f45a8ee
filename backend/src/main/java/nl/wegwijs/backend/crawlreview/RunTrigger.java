package nl.wegwijs.backend.crawlreview;

/** Why a run started. */
public enum RunTrigger {
    MANUAL,
    SCHEDULED
}
