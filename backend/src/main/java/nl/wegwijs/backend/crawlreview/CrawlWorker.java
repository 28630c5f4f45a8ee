package nl.wegwijs.backend.crawlreview;

import jakarta.annotation.PreDestroy;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import nl.wegwijs.backend.catalogue.CatalogueService;
import nl.wegwijs.crawler.CrawlReport;
import nl.wegwijs.crawler.CrawlRequest;
import nl.wegwijs.crawler.Crawler;
import nl.wegwijs.crawler.CrawlerSettings;
import nl.wegwijs.crawler.PageValidators;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Runs reserved crawls on a small pool of threads; each run fetches one page at a time. */
@Component
class CrawlWorker {

    private static final Logger log = LoggerFactory.getLogger(CrawlWorker.class);

    private final RunBook book;
    private final ProposalWriter proposals;
    private final CatalogueService catalogue;
    private final CrawlerProperties properties;
    private final Clock clock;
    private final ExecutorService pool;
    private final Map<UUID, AtomicBoolean> active = new ConcurrentHashMap<>();
    private volatile boolean shuttingDown;

    CrawlWorker(RunBook book, ProposalWriter proposals, CatalogueService catalogue, CrawlerProperties properties, Clock clock) {
        this.book = book;
        this.proposals = proposals;
        this.catalogue = catalogue;
        this.properties = properties;
        this.clock = clock;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(properties.workers(), r -> {
            Thread t = new Thread(r, "crawl-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    void submit(UUID runId, String sourceId) {
        active.put(runId, new AtomicBoolean());
        pool.execute(() -> execute(runId, sourceId));
    }

    /** Asks a run of this process to stop after its current page; false when it is not running here. */
    boolean stop(UUID runId) {
        AtomicBoolean flag = active.get(runId);
        if (flag != null) flag.set(true);
        return flag != null;
    }

    Set<UUID> activeRuns() {
        return Set.copyOf(active.keySet());
    }

    private void execute(UUID runId, String sourceId) {
        AtomicBoolean cancel = active.get(runId);
        try {
            if (cancel.get() || shuttingDown) {
                book.end(runId, shuttingDown ? RunStatus.INTERRUPTED : RunStatus.CANCELLED, "Stopped before it started");
                return;
            }
            if (!book.markRunning(runId)) return; // ended meanwhile (stopped while queued)
            crawl(runId, sourceId, cancel);
        } catch (RuntimeException e) {
            log.error("Crawl run {} of {} failed", runId, sourceId, e);
            book.log(runId, RunLogEntry.Level.ERROR, "Run failed: " + e);
            book.end(runId, RunStatus.FAILED, "Failed: " + e.getMessage());
        } finally {
            active.remove(runId);
        }
    }

    private void crawl(UUID runId, String sourceId, AtomicBoolean cancel) {
        CrawlSource source = book.source(sourceId).orElseThrow(() -> new IllegalStateException("source deleted: " + sourceId));
        Map<URI, PageValidators> known = book.validators(sourceId);
        CatalogueSnapshot snapshot = CatalogueSnapshot.of(catalogue);
        RunListener listener = new RunListener(runId, sourceId, book, proposals, new CatalogueMatcher(snapshot), cancel,
                properties.maxLogLines(), clock);
        listener.log(RunLogEntry.Level.INFO, "Started: " + source.getStartUrls().size() + " start URL(s), "
                + known.size() + " known page(s), " + snapshot.size() + " published entries to match against");
        CrawlReport report;
        try (Crawler crawler = new Crawler(settings(source), clock)) {
            report = crawler.crawl(new CrawlRequest(source.getStartUrls().stream().map(URI::create).toList(), known), listener);
        } finally {
            listener.flush();
        }
        RunCounts c = listener.counts();
        String summary = c.pages() + " pages, " + c.entries() + " entries, " + c.proposals() + " proposals, " + c.errors()
                + " errors in " + report.elapsed().toSeconds() + " s" + (report.pageLimitReached() ? " (page limit reached)" : "");
        RunStatus status = !report.cancelled() ? RunStatus.FINISHED : shuttingDown ? RunStatus.INTERRUPTED : RunStatus.CANCELLED;
        listener.log(RunLogEntry.Level.INFO, status + ": " + summary);
        book.end(runId, status, summary);
    }

    CrawlerSettings settings(CrawlSource source) {
        CrawlerSettings defaults = properties.settings();
        int pages = source.getMaxPages() == null ? defaults.maxPages() : Math.min(source.getMaxPages(), defaults.maxPages());
        int depth = source.getMaxDepth() == null ? defaults.maxDepth() : Math.min(source.getMaxDepth(), defaults.maxDepth());
        return defaults.withLimits(pages, depth)
                .withScope(Set.copyOf(source.getAllowedHosts()), source.getAllowedPrefixes());
    }

    /** Stops every run at its next page and gives it a moment to record itself as INTERRUPTED. */
    @PreDestroy
    void shutDown() throws InterruptedException {
        shuttingDown = true;
        active.values().forEach(flag -> flag.set(true));
        pool.shutdown();
        if (!pool.awaitTermination(15, TimeUnit.SECONDS)) {
            pool.shutdownNow(); // an interrupt also stops a crawl; what is left is ended at the next start
        }
    }
}
