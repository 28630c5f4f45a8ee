package nl.wegwijs.backend.crawlreview;

import java.time.Duration;
import nl.wegwijs.crawler.CrawlerSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The crawler's defaults in the application; a source may lower the page and depth limits.
 *
 * @param userAgent product token, version and a contact URL (the crawler refuses one without a URL)
 * @param politenessDelay pause between two requests to one host; robots.txt Crawl-delay may raise it
 * @param pageTimeout limit for one page, headers and body and redirects together
 * @param maxPages default page limit per run
 * @param maxDepth default link depth per run
 * @param allowLocal whether loopback and private addresses may be fetched; only for tests and local demos
 * @param workers how many runs may crawl at the same time (each run fetches one page at a time)
 * @param schedulerTick how often the scheduler looks for sources whose next run is due
 * @param maxLogLines log lines kept per run; later lines are counted, not stored
 * @param shortestInterval the shortest schedule a source may have; provider sites are not ours to hammer
 * @param linkCheckCron when the link checker visits every published entry's website (Spring cron, "-" for never)
 */
@ConfigurationProperties("wegwijs.crawler")
public record CrawlerProperties(
        @DefaultValue(CrawlerSettings.DEFAULT_USER_AGENT) String userAgent,
        @DefaultValue("1s") Duration politenessDelay,
        @DefaultValue("10s") Duration pageTimeout,
        @DefaultValue("500") int maxPages,
        @DefaultValue("5") int maxDepth,
        @DefaultValue("false") boolean allowLocal,
        @DefaultValue("2") int workers,
        @DefaultValue("1m") Duration schedulerTick,
        @DefaultValue("500") int maxLogLines,
        @DefaultValue("1h") Duration shortestInterval,
        @DefaultValue("0 30 3 * * *") String linkCheckCron) {

    public CrawlerProperties {
        if (workers < 1 || maxLogLines < 10 || schedulerTick.isNegative() || schedulerTick.isZero()) {
            throw new IllegalArgumentException("wegwijs.crawler: workers >= 1, max-log-lines >= 10, scheduler-tick > 0");
        }
    }

    /** The crawler library's settings for these defaults (validates the user agent). */
    CrawlerSettings settings() {
        CrawlerSettings defaults = CrawlerSettings.defaults();
        return defaults.withUserAgent(userAgent)
                .withPolitenessDelay(politenessDelay)
                .withTimeouts(defaults.connectTimeout(), pageTimeout)
                .withLimits(maxPages, maxDepth)
                .withAllowLocal(allowLocal);
    }
}
