package nl.wegwijs.crawler;

import java.net.URI;
import java.util.HashSet;
import java.util.Set;
import nl.wegwijs.crawler.extract.Candidate;
import nl.wegwijs.crawler.extract.PageExtraction;
import nl.wegwijs.crawler.extract.PageExtractor;
import nl.wegwijs.crawler.fetch.FetchResult;
import nl.wegwijs.crawler.frontier.Frontier;
import nl.wegwijs.crawler.frontier.UrlNormaliser;

/** Turns one fetch result into an outcome: extracts entries, queues links, and spots duplicate content. */
final class PageHandler {

    private final PageExtractor extractor;
    private final Frontier frontier;
    private final CrawlListener listener;
    private final java.time.Clock clock;
    private final Set<String> contentHashes = new HashSet<>();
    private final Set<String> entryKeys = new HashSet<>();
    private int entries;
    private int lastPageEntries;

    PageHandler(PageExtractor extractor, Frontier frontier, CrawlListener listener, java.time.Clock clock) {
        this.extractor = extractor;
        this.frontier = frontier;
        this.listener = listener;
        this.clock = clock;
    }

    VisitOutcome handle(Frontier.Queued item, FetchResult result, PageValidators known) {
        lastPageEntries = 0;
        return switch (result.outcome()) {
            case OK -> page(item, result, known);
            case NOT_MODIFIED -> VisitOutcome.NOT_MODIFIED;
            case NOT_HTML -> VisitOutcome.DOCUMENT;
            case HTTP_ERROR -> VisitOutcome.HTTP_ERROR;
            case REDIRECT_STOPPED -> VisitOutcome.REDIRECT_STOPPED;
            case TIMEOUT -> VisitOutcome.TIMEOUT;
            case REFUSED_ADDRESS -> VisitOutcome.REFUSED_ADDRESS;
            case NETWORK_ERROR -> VisitOutcome.UNREACHABLE;
        };
    }

    private VisitOutcome page(Frontier.Queued item, FetchResult result, PageValidators known) {
        if (!contentHashes.add(result.contentHash())) {
            return VisitOutcome.DUPLICATE_CONTENT;
        }
        URI page = result.finalUrl();
        PageExtraction extraction = extractor.extract(result.text(), page);
        if (extraction.canonical() != null) {
            UrlNormaliser.normalise(extraction.canonical()).ifPresent(frontier::markSeen);
        }
        for (String link : extraction.links()) {
            UrlNormaliser.resolve(page, link).ifPresent(u -> frontier.offer(u, item.depth() + 1, page));
        }
        if (result.contentHash().equals(known.contentHash())) {
            return VisitOutcome.UNCHANGED;
        }
        var fetchedAt = clock.instant();
        for (Candidate candidate : extraction.candidates()) {
            if (entryKeys.add(Entries.identity(candidate, page))) {
                entries++;
                lastPageEntries++;
                listener.onEntry(Entries.toEntry(candidate, page, fetchedAt));
            }
        }
        return VisitOutcome.EXTRACTED;
    }

    int entries() {
        return entries;
    }

    int lastPageEntries() {
        return lastPageEntries;
    }
}
