package nl.wegwijs.crawler.robots;

import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.wegwijs.crawler.fetch.FetchResult;
import nl.wegwijs.crawler.fetch.Fetcher;

/**
 * Fetches, parses and caches robots.txt per origin with crawler-commons' {@link SimpleRobotRulesParser}.
 * Verdicts are reused for at most 24 hours (RFC 9309 §2.4); an unavailable robots.txt is retried sooner.
 */
public final class RobotsCache {

    /** RFC 9309 §2.4: crawlers SHOULD NOT use a cached robots.txt for more than 24 hours. */
    public static final Duration MAX_TTL = Duration.ofHours(24);
    private static final Duration UNAVAILABLE_TTL = Duration.ofMinutes(10);

    private final Fetcher fetcher;
    private final List<String> robotNames;
    private final Duration ttl;
    private final Clock clock;
    private final SimpleRobotRulesParser parser;
    private final Map<String, HostRules> cache = new ConcurrentHashMap<>();

    /**
     * @param robotName the product token matched against User-agent lines (RFC 9309 §2.2.1), e.g. "wegwijsbot"
     */
    public RobotsCache(Fetcher fetcher, String robotName, Duration ttl, Clock clock) {
        this.fetcher = fetcher;
        this.robotNames = List.of(robotName.toLowerCase(java.util.Locale.ROOT));
        this.ttl = ttl.compareTo(MAX_TTL) > 0 ? MAX_TTL : ttl;
        this.clock = clock;
        // The parser would turn a long Crawl-delay into "allow none"; we lift its cap and apply our own limit
        // in the crawler, so that a slow site is reported as skipped rather than as forbidden.
        this.parser = new SimpleRobotRulesParser(Long.MAX_VALUE, 10);
    }

    public HostRules rulesFor(URI url) {
        String origin = url.getScheme() + "://" + url.getRawAuthority();
        Instant now = clock.instant();
        HostRules cached = cache.get(origin);
        if (cached != null && now.isBefore(cached.fetchedAt().plus(lifetime(cached)))) {
            return cached;
        }
        HostRules fresh = fetch(URI.create(origin + "/robots.txt"), now);
        cache.put(origin, fresh);
        return fresh;
    }

    private Duration lifetime(HostRules rules) {
        return rules.status() == HostRules.Status.UNAVAILABLE && UNAVAILABLE_TTL.compareTo(ttl) < 0 ? UNAVAILABLE_TTL : ttl;
    }

    private HostRules fetch(URI robotsUrl, Instant now) {
        // The fetcher follows up to five redirects, which RFC 9309 §2.3.1.2 asks of every crawler.
        FetchResult result = fetcher.fetch(robotsUrl);
        int status = result.status();
        return switch (result.outcome()) {
            case OK -> new HostRules(HostRules.Status.PARSED,
                    parser.parseContent(result.finalUrl().toString(), result.body(),
                            result.contentType() == null ? "text/plain" : result.contentType(), robotNames),
                    now, "robots.txt parsed");
            // 429 is a 4xx, but it means "slow down", not "absent"; treat it like a server error.
            case HTTP_ERROR -> status >= 400 && status < 500 && status != 429
                    ? new HostRules(HostRules.Status.ALLOW_ALL, null, now, "robots.txt HTTP " + status + ": allow all")
                    : new HostRules(HostRules.Status.UNAVAILABLE, null, now, "robots.txt HTTP " + status + ": host paused");
            // RFC 9309 §2.3.1.2: more than five redirects MAY be treated as unavailable, i.e. like a 4xx.
            case REDIRECT_STOPPED -> new HostRules(HostRules.Status.ALLOW_ALL, null, now, "robots.txt " + result.detail());
            case NOT_HTML, NOT_MODIFIED -> new HostRules(HostRules.Status.ALLOW_ALL, null, now, "robots.txt empty");
            case TIMEOUT, NETWORK_ERROR, REFUSED_ADDRESS ->
                    new HostRules(HostRules.Status.UNAVAILABLE, null, now, "robots.txt unreachable: " + result.detail());
        };
    }
}
