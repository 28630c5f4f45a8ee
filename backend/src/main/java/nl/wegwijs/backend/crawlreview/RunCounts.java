package nl.wegwijs.backend.crawlreview;

/** A run's counters at one moment. */
record RunCounts(int pages, int entries, int proposals, int errors) {}
