package nl.wegwijs.crawler;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.wegwijs.crawler.robots.HostRules;

/** The pause between two requests to one host, and waiting it out without missing a cancellation. */
final class Politeness {

    private static final long SLICE_MILLIS = 100;

    private Politeness() {}

    /** Our own delay or the site's Crawl-delay, whichever is longer (Crawl-delay above the limit skips the host). */
    static Duration delay(CrawlerSettings settings, HostRules rules) {
        Duration crawlDelay = rules.crawlDelay().orElse(Duration.ZERO);
        return crawlDelay.compareTo(settings.politenessDelay()) > 0 ? crawlDelay : settings.politenessDelay();
    }

    /** Sleeps until {@code notBefore}; false if cancelled or interrupted meanwhile. */
    static boolean waitFor(Instant notBefore, Clock clock, CrawlListener listener) {
        while (true) {
            Instant now = clock.instant();
            if (!notBefore.isAfter(now)) {
                return true;
            }
            long millis = Duration.between(now, notBefore).toMillis();
            if (listener.cancelRequested()) {
                return false;
            }
            try {
                Thread.sleep(Math.min(millis, SLICE_MILLIS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
