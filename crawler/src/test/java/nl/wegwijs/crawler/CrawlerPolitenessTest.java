package nl.wegwijs.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import nl.wegwijs.crawler.testing.FixtureServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Crawl-level politeness against a loopback server whose robots.txt changes per test. */
class CrawlerPolitenessTest {

    private final FixtureServer server = new FixtureServer("site");

    @AfterEach
    void stop() {
        server.close();
    }

    private CrawlReport crawl(CrawlerSettings settings, CrawlListener listener) {
        try (Crawler crawler = new Crawler(settings)) {
            return crawler.crawl(CrawlRequest.of(server.url("/").toString()), listener);
        }
    }

    private void robots(int status, String body) {
        server.route("/robots.txt", ex -> FixtureServer.send(ex, status, "text/plain", body));
    }

    @Test
    void a_5xx_on_robots_txt_pauses_the_host_and_nothing_else_is_requested() {
        robots(503, "");
        CrawlReport report = crawl(CrawlerSiteTest.testSettings(), CrawlListener.NONE);
        assertThat(server.requestedPaths()).containsExactly("/robots.txt");
        assertThat(report.count(VisitOutcome.HOST_SKIPPED)).isEqualTo(1);
    }

    @Test
    void a_404_on_robots_txt_allows_everything() {
        robots(404, "");
        CrawlReport report = crawl(CrawlerSiteTest.testSettings().withLimits(3, 1), CrawlListener.NONE);
        assertThat(report.pagesFetched()).isEqualTo(3);
    }

    @Test
    void a_crawl_delay_above_30_seconds_skips_the_host() {
        robots(200, "User-agent: *\nCrawl-delay: 60\n");
        List<CrawlProblem> problems = new CopyOnWriteArrayList<>();
        crawl(CrawlerSiteTest.testSettings(), new CrawlListener() {
            @Override
            public void onProblem(CrawlProblem problem) {
                problems.add(problem);
            }
        });
        assertThat(server.requestedPaths()).containsExactly("/robots.txt");
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("Crawl-delay 60 s"));
    }

    @Test
    void the_crawl_delay_is_kept_between_requests_to_one_host() {
        robots(200, "User-agent: *\nCrawl-delay: 1\n");
        crawl(CrawlerSiteTest.testSettings().withLimits(3, 2).withFollowSitemaps(false), CrawlListener.NONE);
        var pageHits = server.hits().stream().filter(h -> !h.pathAndQuery().equals("/robots.txt")).toList();
        assertThat(pageHits).hasSize(3);
        for (int i = 1; i < pageHits.size(); i++) {
            assertThat(Duration.between(pageHits.get(i - 1).at(), pageHits.get(i).at())).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        }
    }

    @Test
    void loopback_is_refused_unless_allow_local_is_set() {
        CrawlReport report = crawl(CrawlerSiteTest.testSettings().withAllowLocal(false), CrawlListener.NONE);
        assertThat(server.requestedPaths()).isEmpty();
        assertThat(report.count(VisitOutcome.REFUSED_ADDRESS)).isEqualTo(1);
    }

    @Test
    void a_listener_can_cancel_the_crawl() {
        AtomicInteger pages = new AtomicInteger();
        CrawlReport report = crawl(CrawlerSiteTest.testSettings(), new CrawlListener() {
            @Override
            public void onPage(PageVisit visit) {
                pages.incrementAndGet();
            }

            @Override
            public boolean cancelRequested() {
                return pages.get() >= 2;
            }
        });
        assertThat(report.cancelled()).isTrue();
        assertThat(report.pagesFetched()).isEqualTo(2);
    }

    @Test
    void the_page_limit_stops_the_crawl_and_is_reported() {
        CrawlReport report = crawl(CrawlerSiteTest.testSettings().withLimits(2, 5), CrawlListener.NONE);
        assertThat(report.pagesFetched()).isEqualTo(2);
        assertThat(report.pageLimitReached()).isTrue();
    }

    @Test
    void a_recrawl_with_stored_validators_sends_conditional_requests_and_reports_unchanged_pages() {
        server.route("/", ex -> {
            if ("\"home-v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
                return;
            }
            ex.getResponseHeaders().set("ETag", "\"home-v1\"");
            FixtureServer.send(ex, 200, "text/html", "<html><body><a href='/contact'>c</a></body></html>");
        });
        List<PageVisit> first = new CopyOnWriteArrayList<>();
        CrawlerSettings settings = CrawlerSiteTest.testSettings().withLimits(10, 1).withFollowSitemaps(false);
        crawl(settings, new CrawlListener() {
            @Override
            public void onPage(PageVisit visit) {
                first.add(visit);
            }
        });
        Map<URI, PageValidators> known = new java.util.HashMap<>();
        first.forEach(v -> known.put(v.url(), v.validators()));
        List<PageVisit> second = new CopyOnWriteArrayList<>();
        List<ExtractedEntry> entries = new CopyOnWriteArrayList<>();
        try (Crawler crawler = new Crawler(settings)) {
            crawler.crawl(new CrawlRequest(List.of(server.url("/")), known), new CrawlListener() {
                @Override
                public void onPage(PageVisit visit) {
                    second.add(visit);
                }

                @Override
                public void onEntry(ExtractedEntry entry) {
                    entries.add(entry);
                }
            });
        }
        assertThat(second).extracting(PageVisit::outcome).containsExactly(VisitOutcome.NOT_MODIFIED, VisitOutcome.UNCHANGED);
        assertThat(entries).as("unchanged pages report no entries again").isEmpty();
    }
}
