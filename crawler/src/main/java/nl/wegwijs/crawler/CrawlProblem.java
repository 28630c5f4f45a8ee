package nl.wegwijs.crawler;

import java.net.URI;

/** Something an operator may want to see: a broken page, a skipped host, a timeout. Never fatal to the crawl. */
public record CrawlProblem(URI url, VisitOutcome kind, String message) {}
