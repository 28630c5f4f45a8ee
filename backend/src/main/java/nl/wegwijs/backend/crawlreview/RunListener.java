package nl.wegwijs.backend.crawlreview;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.wegwijs.backend.crawlreview.RunLogEntry.Level;
import nl.wegwijs.crawler.CrawlListener;
import nl.wegwijs.crawler.CrawlProblem;
import nl.wegwijs.crawler.ExtractedEntry;
import nl.wegwijs.crawler.PageValidators;
import nl.wegwijs.crawler.PageVisit;
import nl.wegwijs.crawler.VisitOutcome;

/**
 * Records one run as the crawler reports it, on the crawling thread: proposals right away, counts and page
 * validators at most once a second (and at the end), log lines up to the configured bound.
 */
final class RunListener implements CrawlListener {

    private static final Duration FLUSH_EVERY = Duration.ofSeconds(1);

    private final UUID runId;
    private final String sourceId;
    private final RunBook book;
    private final ProposalWriter proposals;
    private final CatalogueMatcher matcher;
    private final AtomicBoolean cancel;
    private final int maxLogLines;
    private final Clock clock;

    private final Map<URI, PageValidators> validators = new HashMap<>();
    private final Set<URI> pagesWithFailures = new HashSet<>();
    private int pages;
    private int entries;
    private int proposed;
    private int errors;
    private int logLines;
    private boolean stopInDatabase;
    private Instant nextFlush;

    RunListener(UUID runId, String sourceId, RunBook book, ProposalWriter proposals, CatalogueMatcher matcher,
            AtomicBoolean cancel, int maxLogLines, Clock clock) {
        this.runId = runId;
        this.sourceId = sourceId;
        this.book = book;
        this.proposals = proposals;
        this.matcher = matcher;
        this.cancel = cancel;
        this.maxLogLines = maxLogLines;
        this.clock = clock;
        this.nextFlush = clock.instant().plus(FLUSH_EVERY);
    }

    @Override
    public void onEntry(ExtractedEntry entry) {
        entries++;
        try {
            var match = matcher.match(entry);
            if (proposals.propose(sourceId, entry, match.orElse(null)).isPresent()) {
                proposed++;
                log(Level.INFO, (match.isPresent() ? "Proposed changes to " + match.get().entry().id() + " (" + match.get().rule() + ")"
                        : "Proposed new entry") + ": " + entry.name());
            }
        } catch (RuntimeException e) {
            // One bad entry must not end the run; its page is fetched unconditionally next time so it is retried.
            errors++;
            pagesWithFailures.add(entry.sourcePage());
            log(Level.ERROR, "Could not propose " + entry.name() + ": " + e.getMessage());
        }
    }

    @Override
    public void onPage(PageVisit visit) {
        pages = visit.pagesFetched();
        boolean failed = pagesWithFailures.contains(visit.url()) || pagesWithFailures.contains(visit.finalUrl());
        if (!failed && !visit.validators().equals(PageValidators.NONE) && visit.outcome() != VisitOutcome.NOT_MODIFIED) {
            validators.put(visit.url(), visit.validators());
        }
        log(Level.INFO, visit.status() + " " + visit.outcome() + " " + visit.url()
                + (visit.entries() > 0 ? " (" + visit.entries() + " entries)" : ""));
    }

    @Override
    public void onProblem(CrawlProblem problem) {
        errors++;
        log(Level.WARN, problem.kind() + " " + problem.url() + ": " + problem.message());
    }

    @Override
    public boolean cancelRequested() {
        if (!clock.instant().isBefore(nextFlush)) flush();
        return cancel.get() || stopInDatabase;
    }

    /** Writes counts and validators; also learns of a stop requested through the database (another instance). */
    void flush() {
        book.progress(runId, counts());
        if (!validators.isEmpty()) {
            book.storeValidators(sourceId, validators);
            validators.clear();
        }
        stopInDatabase = book.stopRequested(runId);
        nextFlush = clock.instant().plus(FLUSH_EVERY);
    }

    RunCounts counts() {
        return new RunCounts(pages, entries, proposed, errors);
    }

    void log(Level level, String message) {
        if (logLines < maxLogLines) {
            book.log(runId, level, message);
        } else if (logLines == maxLogLines) {
            book.log(runId, Level.WARN, "Log limit of " + maxLogLines + " lines reached; later lines are not kept");
        }
        logLines++;
    }
}
