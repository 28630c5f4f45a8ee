package nl.wegwijs.crawler;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wegwijs.crawler.extract.PageExtractor;
import nl.wegwijs.crawler.fetch.AddressGuard;
import nl.wegwijs.crawler.fetch.FetchResult;
import nl.wegwijs.crawler.fetch.Fetcher;
import nl.wegwijs.crawler.fetch.Validators;
import nl.wegwijs.crawler.frontier.Frontier;
import nl.wegwijs.crawler.frontier.Scope;
import nl.wegwijs.crawler.frontier.TrapDetector;
import nl.wegwijs.crawler.frontier.UrlNormaliser;
import nl.wegwijs.crawler.robots.HostRules;
import nl.wegwijs.crawler.robots.RobotsCache;
import nl.wegwijs.crawler.robots.SitemapReader;
import org.jspecify.annotations.Nullable;

/** The state and loop of one crawl: take a URL, check robots.txt, wait for the host's slot, fetch, extract. */
final class CrawlRun {

    private final CrawlerSettings settings;
    private final Clock clock;
    private final Fetcher fetcher;
    private final RobotsCache robots;
    private final SitemapReader sitemaps;
    private final CrawlRequest request;
    private final CrawlListener listener;
    private final Frontier frontier;
    private final PageHandler pages;
    private final Set<String> originsSeen = new HashSet<>();
    private final Map<VisitOutcome, Integer> outcomes = new EnumMap<>(VisitOutcome.class);
    private final List<URI> documents = new ArrayList<>();
    private int fetched;
    private int problems;

    CrawlRun(CrawlerSettings settings, Clock clock, Fetcher fetcher, RobotsCache robots, SitemapReader sitemaps,
            PageExtractor extractor, CrawlRequest request, CrawlListener listener) {
        this.settings = settings;
        this.clock = clock;
        this.fetcher = fetcher;
        this.robots = robots;
        this.sitemaps = sitemaps;
        this.request = request;
        this.listener = listener;
        Set<String> hosts = settings.allowedHosts().isEmpty()
                ? request.seeds().stream().map(URI::getHost).filter(h -> h != null).collect(Collectors.toSet())
                : settings.allowedHosts();
        this.frontier = new Frontier(new Scope(hosts, settings.allowedPathPrefixes()), settings.maxDepth(),
                new TrapDetector(settings.maxCalendarVariants()));
        this.pages = new PageHandler(extractor, frontier, listener, clock);
    }

    CrawlReport run() {
        Instant start = clock.instant();
        request.seeds().forEach(seed -> UrlNormaliser.normalise(seed).ifPresent(u -> frontier.offer(u, 0, null)));
        request.known().keySet().forEach(k -> UrlNormaliser.normalise(k).ifPresent(u -> frontier.offer(u, 1, null)));
        boolean cancelled = false;
        boolean limit = false;
        while (true) {
            if (listener.cancelRequested() || Thread.currentThread().isInterrupted()) {
                cancelled = true;
                break;
            }
            if (fetched >= settings.maxPages()) {
                limit = frontier.size() > 0;
                break;
            }
            Optional<Frontier.Next> next = frontier.next();
            if (next.isEmpty()) {
                break;
            }
            if (!visit(next.get())) {
                cancelled = true;
                break;
            }
        }
        return new CrawlReport(fetched, pages.entries(), problems, outcomes, documents, cancelled, limit,
                Duration.between(start, clock.instant()));
    }

    /** Handles one URL; false when the crawl was cancelled while waiting for the host's slot. */
    private boolean visit(Frontier.Next next) {
        Frontier.Queued item = next.item();
        URI url = item.url();
        Optional<String> refused = AddressGuard.refusal(url, settings.allowLocal());
        if (refused.isPresent()) {
            int dropped = frontier.dropHost(url);
            report(item, VisitOutcome.REFUSED_ADDRESS, null, refused.get() + " (" + dropped + " queued URLs dropped)");
            return true;
        }
        HostRules rules = robots.rulesFor(url);
        Optional<String> skip = hostSkipReason(rules);
        if (skip.isPresent()) {
            int dropped = frontier.dropHost(url);
            report(item, VisitOutcome.HOST_SKIPPED, null, skip.get() + " (" + dropped + " queued URLs dropped)");
            return true;
        }
        if (originsSeen.add(Frontier.origin(url)) && settings.followSitemaps()) {
            seedFromSitemaps(rules);
        }
        if (!rules.allows(url)) {
            report(item, VisitOutcome.ROBOTS_DISALLOWED, null, "robots.txt disallows");
            return true;
        }
        if (!Politeness.waitFor(next.notBefore(), clock, listener)) {
            return false;
        }
        PageValidators known = request.known().getOrDefault(url, PageValidators.NONE);
        boolean[] alreadyFetched = {false};
        FetchResult result = fetcher.fetch(url, new Validators(known.etag(), known.lastModified()), Fetcher.Accept.HTML,
                hop -> hopRefusal(hop, alreadyFetched));
        fetched++;
        frontier.politenessSlot(url, clock.instant().plus(Politeness.delay(settings, rules)));
        result.redirects().forEach(frontier::markSeen);
        VisitOutcome outcome = alreadyFetched[0] ? VisitOutcome.DUPLICATE_URL : pages.handle(item, result, known);
        if (outcome == VisitOutcome.DOCUMENT) {
            documents.add(result.finalUrl());
        }
        report(item, outcome, result, result.detail());
        return true;
    }

    private Optional<String> hostSkipReason(HostRules rules) {
        if (rules.status() == HostRules.Status.UNAVAILABLE) {
            return Optional.of(rules.detail());
        }
        return rules.crawlDelay()
                .filter(d -> d.compareTo(settings.maxCrawlDelay()) > 0)
                .map(d -> "Crawl-delay " + d.toSeconds() + " s exceeds our limit of " + settings.maxCrawlDelay().toSeconds() + " s");
    }

    /** Every redirect hop must stay in scope and be allowed by its own origin's robots.txt. */
    private Optional<String> hopRefusal(URI hop, boolean[] alreadyFetched) {
        Optional<URI> normal = UrlNormaliser.normalise(hop);
        if (normal.isEmpty() || !frontier.inScope(normal.get())) {
            return Optional.of("redirect leaves the crawl's scope: " + hop);
        }
        if (!robots.rulesFor(normal.get()).allows(normal.get())) {
            return Optional.of("robots.txt disallows redirect target " + hop);
        }
        if (frontier.isSeen(normal.get())) {
            alreadyFetched[0] = true;
            return Optional.of("redirect to a URL already in this crawl: " + hop);
        }
        return Optional.empty();
    }

    private void seedFromSitemaps(HostRules rules) {
        int room = Math.max(0, settings.maxPages() - frontier.size());
        for (URI sitemap : rules.sitemaps()) {
            for (URI page : sitemaps.pageUrls(sitemap, room)) {
                UrlNormaliser.normalise(page).ifPresent(u -> frontier.offer(u, 1, sitemap));
            }
        }
    }

    private void report(Frontier.Queued item, VisitOutcome outcome, @Nullable FetchResult result, String detail) {
        outcomes.merge(outcome, 1, Integer::sum);
        PageVisit visit = result == null
                ? new PageVisit(item.url(), item.url(), item.depth(), outcome, 0, null, 0, false, PageValidators.NONE, 0,
                        fetched, frontier.size(), detail)
                : new PageVisit(item.url(), result.finalUrl(), item.depth(), outcome, result.status(), result.contentType(),
                        result.body().length, result.truncated(),
                        new PageValidators(result.validators().etag(), result.validators().lastModified(),
                                result.contentHash().isEmpty() ? null : result.contentHash()),
                        outcome == VisitOutcome.EXTRACTED ? pages.lastPageEntries() : 0, fetched, frontier.size(), detail);
        listener.onPage(visit);
        if (isProblem(outcome)) {
            problems++;
            listener.onProblem(new CrawlProblem(item.url(), outcome, detail.isEmpty() ? outcome.name() : detail));
        }
    }

    private static boolean isProblem(VisitOutcome o) {
        return switch (o) {
            case HTTP_ERROR, REDIRECT_STOPPED, TIMEOUT, UNREACHABLE, REFUSED_ADDRESS, HOST_SKIPPED -> true;
            default -> false;
        };
    }
}
