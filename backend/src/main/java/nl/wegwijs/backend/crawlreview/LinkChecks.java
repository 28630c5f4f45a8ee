package nl.wegwijs.backend.crawlreview;

import jakarta.annotation.PreDestroy;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.wegwijs.backend.catalogue.CatalogueService;
import nl.wegwijs.backend.catalogue.EntryDetails;
import nl.wegwijs.crawler.LinkCheck;
import nl.wegwijs.crawler.LinkChecker;
import nl.wegwijs.crawler.LinkStatus;
import nl.wegwijs.crawler.Normalisation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Visits every published entry's website (issue 6, "a link checker visits every entry's website on a schedule")
 * and keeps the latest result per entry for the editors' dashboard: broken, moved (with the new URL) or
 * unreachable.
 */
@Service
public class LinkChecks {

    private static final Logger log = LoggerFactory.getLogger(LinkChecks.class);

    private record Target(String entryId, String name, String url) {}

    private final CatalogueService catalogue;
    private final LinkCheckStore store;
    private final CrawlerProperties properties;
    private final Clock clock;
    private final AtomicBoolean checking = new AtomicBoolean();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "link-check");
        t.setDaemon(true);
        return t;
    });

    LinkChecks(CatalogueService catalogue, LinkCheckStore store, CrawlerProperties properties, Clock clock) {
        this.catalogue = catalogue;
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The links that need an editor, by entry name; results for entries unpublished or given another website
     * since the check are left out.
     */
    public List<LinkProblem> problems() {
        return store.problems().stream().map(LinkCheckResult::problem)
                .filter(p -> catalogue.findPublished(p.entryId()).map(EntryDetails::url).filter(p.url()::equals).isPresent())
                .toList();
    }

    public @Nullable Instant lastCheck() {
        return store.lastCheck();
    }

    public boolean isChecking() {
        return checking.get();
    }

    /** Starts a check of all links on a background thread; false when one is already going. */
    public boolean checkAllInBackground() {
        if (checking.get()) return false;
        background.execute(this::checkAll);
        return true;
    }

    /** Checks all links on the calling thread; returns how many were checked (0 when a check is already going). */
    public int checkAll() {
        if (!checking.compareAndSet(false, true)) return 0;
        try {
            List<Target> targets = new ArrayList<>();
            catalogue.forEachPublished(200, e -> {
                if (e.getUrl() != null && !e.getUrl().isBlank()) targets.add(new Target(e.getId(), e.getName(), e.getUrl()));
            });
            List<LinkCheckResult> results = new ArrayList<>();
            List<URI> urls = new ArrayList<>();
            List<Target> checkable = new ArrayList<>();
            for (Target t : targets) {
                Optional<URI> uri = Normalisation.url(t.url()).map(URI::create);
                if (uri.isPresent()) {
                    urls.add(uri.get());
                    checkable.add(t);
                } else {
                    results.add(new LinkCheckResult(t.entryId(), t.name(), t.url(),
                            new LinkStatus.Unreachable("not a valid web address"), clock.instant()));
                }
            }
            try (LinkChecker checker = new LinkChecker(properties.settings(), clock)) {
                List<LinkCheck> checks = checker.checkAll(urls);
                for (int i = 0; i < checks.size(); i++) {
                    Target t = checkable.get(i);
                    results.add(new LinkCheckResult(t.entryId(), t.name(), t.url(), checks.get(i).status(),
                            checks.get(i).checkedAt()));
                }
            }
            store.replaceAll(results);
            log.info("Link check: {} websites checked, {} need an editor", results.size(),
                    results.stream().filter(r -> !"OK".equals(r.getOutcome())).count());
            return results.size();
        } catch (RuntimeException e) {
            log.error("Link check failed", e);
            throw e;
        } finally {
            checking.set(false);
        }
    }

    @PreDestroy
    void shutDown() {
        background.shutdownNow();
    }
}
