package nl.wegwijs.crawler.robots;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import nl.wegwijs.crawler.fetch.FetchBounds;
import nl.wegwijs.crawler.fetch.Fetcher;
import nl.wegwijs.crawler.testing.FixtureServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RobotsCacheTest {

    private final FixtureServer server = new FixtureServer("robots");
    private final Fetcher fetcher = new Fetcher(new FetchBounds("WegwijsBot/test (+https://wegwijs.nl)",
            Duration.ofSeconds(1), Duration.ofSeconds(2), 512 * 1024, 5, true));
    private final MutableClock clock = new MutableClock();

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    private RobotsCache servingStatus(int status, String fixture) {
        server.route("/robots.txt", ex -> {
            byte[] body = new byte[0];
            if (fixture != null) {
                try (InputStream in = RobotsCacheTest.class.getResourceAsStream("/robots/" + fixture)) {
                    body = in.readAllBytes();
                }
            }
            FixtureServer.send(ex, status, "text/plain", body);
        });
        return new RobotsCache(fetcher, "wegwijsbot", Duration.ofHours(24), clock);
    }

    @ParameterizedTest(name = "{0} allowed: {1}")
    @CsvSource({
        "/, true",
        "/aanbod/logeren, true",
        "/private/dossier, false",
        "/private/openbaar/folder, true",
        "/folder.pdf, false",
        "/folder.pdf?x=1, true",
    })
    void our_own_group_decides_and_the_longest_match_wins(String path, boolean allowed) {
        HostRules rules = servingStatus(200, "rules.txt").rulesFor(server.url("/"));
        assertThat(rules.allows(server.url(path))).isEqualTo(allowed);
        assertThat(rules.crawlDelay()).contains(Duration.ofSeconds(2));
        assertThat(rules.sitemaps()).containsExactly(URI.create("https://example.nl/sitemap.xml"));
    }

    @ParameterizedTest(name = "HTTP {0} on robots.txt gives {1}")
    @CsvSource({"404, ALLOW_ALL", "403, ALLOW_ALL", "410, ALLOW_ALL", "429, UNAVAILABLE", "500, UNAVAILABLE", "503, UNAVAILABLE"})
    void status_codes_follow_rfc_9309(int status, HostRules.Status expected) {
        HostRules rules = servingStatus(status, null).rulesFor(server.url("/"));
        assertThat(rules.status()).isEqualTo(expected);
        assertThat(rules.allows(server.url("/aanbod"))).isEqualTo(expected == HostRules.Status.ALLOW_ALL);
    }

    @Test
    void an_unreachable_robots_txt_means_disallow_all() {
        server.close();
        HostRules rules = new RobotsCache(fetcher, "wegwijsbot", Duration.ofHours(24), clock).rulesFor(server.url("/"));
        assertThat(rules.status()).isEqualTo(HostRules.Status.UNAVAILABLE);
    }

    @Test
    void a_verdict_is_reused_for_at_most_24_hours() {
        AtomicInteger fetches = new AtomicInteger();
        server.route("/robots.txt", ex -> {
            fetches.incrementAndGet();
            FixtureServer.send(ex, 200, "text/plain", "User-agent: *\nDisallow: /x\n");
        });
        RobotsCache cache = new RobotsCache(fetcher, "wegwijsbot", Duration.ofDays(7), clock);
        cache.rulesFor(server.url("/a"));
        clock.advance(Duration.ofHours(23));
        cache.rulesFor(server.url("/b"));
        assertThat(fetches).hasValue(1);
        clock.advance(Duration.ofHours(2));
        cache.rulesFor(server.url("/c"));
        assertThat(fetches).as("a 7-day TTL is capped at 24 h").hasValue(2);
    }

    @Test
    void an_unavailable_verdict_is_retried_after_ten_minutes() {
        RobotsCache cache = servingStatus(503, null);
        cache.rulesFor(server.url("/"));
        clock.advance(Duration.ofMinutes(11));
        cache.rulesFor(server.url("/"));
        assertThat(server.count("/robots.txt")).isEqualTo(2);
    }

    @Test
    void sitemaps_are_read_with_crawler_commons() throws IOException {
        server.route("/sitemap.xml", ex -> FixtureServer.send(ex, 200, "application/xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>%s/pages.xml</loc></sitemap>
                </sitemapindex>""".formatted(server.base())));
        server.route("/pages.xml", ex -> FixtureServer.send(ex, 200, "application/xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>%1$s/a</loc></url><url><loc>%1$s/b</loc></url><url><loc>%1$s/c</loc></url>
                </urlset>""".formatted(server.base())));
        assertThat(new SitemapReader(fetcher).pageUrls(server.url("/sitemap.xml"), 2))
                .containsExactly(server.url("/a"), server.url("/b"));
    }

    /** A clock tests can move forward. */
    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T08:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
