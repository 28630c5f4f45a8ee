package nl.wegwijs.crawler;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How politely and how far the crawler goes. Records are immutable; use the {@code with…} methods to vary the
 * {@link #defaults()}. A crawl uses one connection per host because it fetches one page at a time.
 *
 * @param userAgent product token, version and a contact URL, e.g. {@code WegwijsBot/0.1 (+https://wegwijs.nl/crawler)}
 * @param politenessDelay minimum pause between two requests to one host (default 1 s)
 * @param maxCrawlDelay robots.txt Crawl-delay we honour; a host asking for more is skipped (default 30 s)
 * @param connectTimeout TCP/TLS connect limit
 * @param pageTimeout limit for one page, headers and body and redirects together (default 10 s)
 * @param maxBodyBytes bodies are cut here (default 2 MiB)
 * @param maxPages page fetches per crawl, robots.txt and sitemaps not counted
 * @param maxDepth links followed from a seed; the seed is depth 0
 * @param maxRedirects redirect hops per page (default 5)
 * @param allowedHosts hosts to stay on; empty means the seeds' hosts ({@code www.} twins included)
 * @param allowedPathPrefixes path prefixes to stay under; empty means all paths
 * @param allowLocal whether loopback and private addresses may be fetched (tests, intranet); off by default
 * @param robotsCacheTtl how long a robots.txt verdict is reused; capped at 24 h (RFC 9309 §2.4)
 * @param maxCalendarVariants distinct URLs per date-shaped URL pattern before it counts as a calendar trap
 * @param followSitemaps whether sitemaps named in robots.txt seed the crawl
 */
public record CrawlerSettings(
        String userAgent,
        Duration politenessDelay,
        Duration maxCrawlDelay,
        Duration connectTimeout,
        Duration pageTimeout,
        int maxBodyBytes,
        int maxPages,
        int maxDepth,
        int maxRedirects,
        Set<String> allowedHosts,
        List<String> allowedPathPrefixes,
        boolean allowLocal,
        Duration robotsCacheTtl,
        int maxCalendarVariants,
        boolean followSitemaps) {

    public static final String DEFAULT_USER_AGENT = "WegwijsBot/0.1 (+https://wegwijs.nl/over/crawler)";

    public CrawlerSettings {
        if (!userAgent.contains("http")) {
            // Site owners must be able to find out who we are and ask us to stop (RFC 9309 §2.2.1 spirit).
            throw new IllegalArgumentException("userAgent must contain a contact URL: " + userAgent);
        }
        if (maxPages < 1 || maxDepth < 0 || maxRedirects < 0 || maxBodyBytes < 1 || maxCalendarVariants < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (politenessDelay.isNegative() || maxCrawlDelay.isNegative()) {
            throw new IllegalArgumentException("delays must not be negative");
        }
        allowedHosts = Set.copyOf(allowedHosts);
        allowedPathPrefixes = List.copyOf(allowedPathPrefixes);
    }

    public static CrawlerSettings defaults() {
        return new CrawlerSettings(DEFAULT_USER_AGENT, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(5),
                Duration.ofSeconds(10), 2 * 1024 * 1024, 500, 5, 5, Set.of(), List.of(), false, Duration.ofHours(24), 24,
                true);
    }

    /** The robots.txt product token: the user agent up to its first slash or space, lower-cased (RFC 9309 §2.2.1). */
    public String robotName() {
        return userAgent.split("[/ ]", 2)[0].toLowerCase(Locale.ROOT);
    }

    public CrawlerSettings withUserAgent(String value) {
        return new CrawlerSettings(value, politenessDelay, maxCrawlDelay, connectTimeout, pageTimeout, maxBodyBytes,
                maxPages, maxDepth, maxRedirects, allowedHosts, allowedPathPrefixes, allowLocal, robotsCacheTtl,
                maxCalendarVariants, followSitemaps);
    }

    public CrawlerSettings withPolitenessDelay(Duration value) {
        return new CrawlerSettings(userAgent, value, maxCrawlDelay, connectTimeout, pageTimeout, maxBodyBytes, maxPages,
                maxDepth, maxRedirects, allowedHosts, allowedPathPrefixes, allowLocal, robotsCacheTtl,
                maxCalendarVariants, followSitemaps);
    }

    public CrawlerSettings withMaxCrawlDelay(Duration value) {
        return new CrawlerSettings(userAgent, politenessDelay, value, connectTimeout, pageTimeout, maxBodyBytes, maxPages,
                maxDepth, maxRedirects, allowedHosts, allowedPathPrefixes, allowLocal, robotsCacheTtl,
                maxCalendarVariants, followSitemaps);
    }

    public CrawlerSettings withTimeouts(Duration connect, Duration page) {
        return new CrawlerSettings(userAgent, politenessDelay, maxCrawlDelay, connect, page, maxBodyBytes, maxPages,
                maxDepth, maxRedirects, allowedHosts, allowedPathPrefixes, allowLocal, robotsCacheTtl,
                maxCalendarVariants, followSitemaps);
    }

    public CrawlerSettings withMaxBodyBytes(int value) {
        return new CrawlerSettings(userAgent, politenessDelay, maxCrawlDelay, connectTimeout, pageTimeout, value, maxPages,
                maxDepth, maxRedirects, allowedHosts, allowedPathPrefixes, allowLocal, robotsCacheTtl,
                maxCalendarVariants, followSitemaps);
    }

    public CrawlerSettings withLimits(int pages, int depth) {
        return new CrawlerSettings(userAgent, politenessDelay, maxCrawlDelay, connectTimeout, pageTimeout, maxBodyBytes,
                pages, depth, maxRedirects, allowedHosts, allowedPathPrefixes, allowLocal, robotsCacheTtl,
                maxCalendarVariants, followSitemaps);
    }

    public CrawlerSettings withScope(Set<String> hosts, List<String> pathPrefixes) {
        return new CrawlerSettings(userAgent, politenessDelay, maxCrawlDelay, connectTimeout, pageTimeout, maxBodyBytes,
                maxPages, maxDepth, maxRedirects, hosts, pathPrefixes, allowLocal, robotsCacheTtl, maxCalendarVariants,
                followSitemaps);
    }

    public CrawlerSettings withAllowLocal(boolean value) {
        return new CrawlerSettings(userAgent, politenessDelay, maxCrawlDelay, connectTimeout, pageTimeout, maxBodyBytes,
                maxPages, maxDepth, maxRedirects, allowedHosts, allowedPathPrefixes, value, robotsCacheTtl,
                maxCalendarVariants, followSitemaps);
    }

    public CrawlerSettings withMaxCalendarVariants(int value) {
        return new CrawlerSettings(userAgent, politenessDelay, maxCrawlDelay, connectTimeout, pageTimeout, maxBodyBytes,
                maxPages, maxDepth, maxRedirects, allowedHosts, allowedPathPrefixes, allowLocal, robotsCacheTtl, value,
                followSitemaps);
    }

    public CrawlerSettings withFollowSitemaps(boolean value) {
        return new CrawlerSettings(userAgent, politenessDelay, maxCrawlDelay, connectTimeout, pageTimeout, maxBodyBytes,
                maxPages, maxDepth, maxRedirects, allowedHosts, allowedPathPrefixes, allowLocal, robotsCacheTtl,
                maxCalendarVariants, value);
    }
}
