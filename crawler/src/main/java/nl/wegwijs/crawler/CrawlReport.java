package nl.wegwijs.crawler;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The summary of a finished crawl.
 *
 * @param outcomes how many URLs ended in each way
 * @param documents non-HTML documents found (PDFs and the like), recorded as links
 * @param cancelled stopped by the listener or an interrupt
 * @param pageLimitReached stopped because {@link CrawlerSettings#maxPages()} was reached
 */
public record CrawlReport(int pagesFetched, int entries, int problems, Map<VisitOutcome, Integer> outcomes,
        List<URI> documents, boolean cancelled, boolean pageLimitReached, Duration elapsed) {

    public CrawlReport {
        outcomes = Map.copyOf(outcomes);
        documents = List.copyOf(documents);
    }

    public int count(VisitOutcome outcome) {
        return outcomes.getOrDefault(outcome, 0);
    }
}
