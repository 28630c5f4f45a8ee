package nl.wegwijs.crawler;

import java.time.Clock;
import nl.wegwijs.crawler.extract.PageExtractor;
import nl.wegwijs.crawler.fetch.FetchBounds;
import nl.wegwijs.crawler.fetch.Fetcher;
import nl.wegwijs.crawler.robots.RobotsCache;
import nl.wegwijs.crawler.robots.SitemapReader;

/**
 * Crawls provider sites politely and streams the provisions it finds. One instance can serve many crawls, also
 * concurrently for different sites; it keeps one HTTP client and the robots.txt cache between them. Close it
 * when done.
 *
 * <pre>{@code
 * try (var crawler = new Crawler(CrawlerSettings.defaults().withLimits(200, 4))) {
 *     CrawlReport report = crawler.crawl(CrawlRequest.of("https://www.example.nl/"), new CrawlListener() {
 *         public void onEntry(ExtractedEntry entry) { proposals.add(entry); }
 *     });
 * }
 * }</pre>
 */
public final class Crawler implements AutoCloseable {

    private final CrawlerSettings settings;
    private final Clock clock;
    private final Fetcher fetcher;
    private final RobotsCache robots;
    private final SitemapReader sitemaps;
    private final PageExtractor extractor;

    public Crawler(CrawlerSettings settings) {
        this(settings, Clock.systemUTC());
    }

    public Crawler(CrawlerSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.fetcher = new Fetcher(bounds(settings));
        this.robots = new RobotsCache(fetcher, settings.robotName(), settings.robotsCacheTtl(), clock);
        this.sitemaps = new SitemapReader(fetcher);
        this.extractor = PageExtractor.withDefaultVocabulary();
    }

    /** Runs one crawl to completion, cancellation or the page limit, on the calling thread. */
    public CrawlReport crawl(CrawlRequest request, CrawlListener listener) {
        return new CrawlRun(settings, clock, fetcher, robots, sitemaps, extractor, request, listener).run();
    }

    public CrawlerSettings settings() {
        return settings;
    }

    static FetchBounds bounds(CrawlerSettings s) {
        return new FetchBounds(s.userAgent(), s.connectTimeout(), s.pageTimeout(), s.maxBodyBytes(), s.maxRedirects(),
                s.allowLocal());
    }

    @Override
    public void close() {
        fetcher.close();
    }
}
