package nl.wegwijs.crawler.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import nl.wegwijs.crawler.CrawlListener;
import nl.wegwijs.crawler.CrawlReport;
import nl.wegwijs.crawler.CrawlRequest;
import nl.wegwijs.crawler.Crawler;
import nl.wegwijs.crawler.CrawlerSettings;
import nl.wegwijs.crawler.ExtractedEntry;
import nl.wegwijs.crawler.testing.FixtureServer;

/**
 * Throughput and memory harness, not a test: crawls a synthetic 10,000-page loopback site with politeness off
 * and prints pages/second and peak heap. Run it as documented in crawler/README.md; args: [pages] [rounds].
 */
public final class CrawlBenchmark {

    private CrawlBenchmark() {}

    public static void main(String[] args) {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        try (FixtureServer server = SyntheticSite.start(pages)) {
            CrawlerSettings settings = CrawlerSettings.defaults()
                    .withPolitenessDelay(Duration.ZERO)
                    .withAllowLocal(true)
                    .withFollowSitemaps(false)
                    .withLimits(pages, 10);
            System.out.printf("JVM %s, %d CPUs, max heap %d MB%n", Runtime.version(),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
            for (int round = 1; round <= rounds; round++) {
                run(round, server, settings);
            }
        }
    }

    private static void run(int round, FixtureServer server, CrawlerSettings settings) {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicInteger entries = new AtomicInteger();
        long start = System.nanoTime();
        CrawlReport report;
        try (Crawler crawler = new Crawler(settings)) {
            report = crawler.crawl(CrawlRequest.of(server.url("/p/0").toString()), new CrawlListener() {
                @Override
                public void onEntry(ExtractedEntry entry) {
                    entries.incrementAndGet();
                }
            });
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("round %d: %d pages, %d entries in %.2f s = %.0f pages/s; peak heap %d MB (sum of heap pool peaks)%n",
                round, report.pagesFetched(), entries.get(), seconds, report.pagesFetched() / seconds, peakHeapMb());
    }

    /** Sum of the peak usage of each heap pool since reset: an upper bound of the true simultaneous peak. */
    private static long peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes >> 20;
    }
}
