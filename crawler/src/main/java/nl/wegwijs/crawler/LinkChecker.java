package nl.wegwijs.crawler;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.wegwijs.crawler.fetch.FetchResult;
import nl.wegwijs.crawler.fetch.Fetcher;
import nl.wegwijs.crawler.frontier.Frontier;

/**
 * Checks the catalogue's published links, for a scheduled job in the backend. Each link is one GET whose body is
 * not read (many servers answer HEAD wrongly). Links on one host are checked one after another with the
 * politeness delay; hosts are checked in parallel. robots.txt is not consulted: checking a link we publish is
 * a single user-facing request, like a visitor clicking it, not crawling.
 */
public final class LinkChecker implements AutoCloseable {

    private final CrawlerSettings settings;
    private final Clock clock;
    private final Fetcher fetcher;

    public LinkChecker(CrawlerSettings settings) {
        this(settings, Clock.systemUTC());
    }

    public LinkChecker(CrawlerSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.fetcher = new Fetcher(Crawler.bounds(settings));
    }

    public LinkCheck check(URI url) {
        return new LinkCheck(url, status(fetcher.fetch(url, nl.wegwijs.crawler.fetch.Validators.NONE, Fetcher.Accept.NONE,
                Fetcher.HopCheck.ANY)), clock.instant());
    }

    /** Checks all links; results in input order. */
    public List<LinkCheck> checkAll(List<URI> urls) {
        Map<String, List<URI>> byHost = new LinkedHashMap<>();
        for (URI url : urls) {
            String key = url.getHost() == null ? url.toString() : Frontier.origin(url);
            byHost.computeIfAbsent(key, k -> new ArrayList<>()).add(url);
        }
        Map<URI, LinkCheck> results = new java.util.concurrent.ConcurrentHashMap<>();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> tasks = new ArrayList<>();
            for (List<URI> hostUrls : byHost.values()) {
                tasks.add(pool.submit(() -> checkHost(hostUrls, results)));
            }
            for (Future<?> task : tasks) {
                task.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("link check failed", e.getCause());
        }
        return urls.stream()
                .map(u -> results.getOrDefault(u, new LinkCheck(u, new LinkStatus.Unreachable("not checked"), clock.instant())))
                .toList();
    }

    private void checkHost(List<URI> urls, Map<URI, LinkCheck> results) {
        Instant next = Instant.MIN;
        for (URI url : urls) {
            if (!Politeness.waitFor(next, clock, CrawlListener.NONE)) {
                return;
            }
            results.put(url, check(url));
            next = clock.instant().plus(settings.politenessDelay());
        }
    }

    static LinkStatus status(FetchResult r) {
        return switch (r.outcome()) {
            case OK, NOT_HTML, NOT_MODIFIED -> r.movedPermanently() ? new LinkStatus.Moved(r.finalUrl()) : new LinkStatus.Ok(r.status());
            case HTTP_ERROR -> new LinkStatus.Broken(r.status());
            case REDIRECT_STOPPED, TIMEOUT, REFUSED_ADDRESS, NETWORK_ERROR -> new LinkStatus.Unreachable(r.detail());
        };
    }

    @Override
    public void close() {
        fetcher.close();
    }
}
