package nl.wegwijs.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import nl.wegwijs.crawler.testing.FixtureServer;
import nl.wegwijs.crawler.testing.FixtureSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LinkCheckerTest {

    static FixtureServer server;
    static LinkChecker checker;

    @BeforeAll
    static void start() {
        server = FixtureSites.site()
                .route("/tijdelijk", ex -> FixtureServer.redirect(ex, 302, "/contact"))
                .route("/permanent", ex -> FixtureServer.redirect(ex, 308, "/oud"));
        checker = new LinkChecker(CrawlerSiteTest.testSettings());
    }

    @AfterAll
    static void stop() {
        checker.close();
        server.close();
    }

    @Test
    void links_are_ok_broken_moved_or_unreachable() {
        List<URI> urls = List.of(server.url("/contact"), server.url("/kapot"), server.url("/fout"), server.url("/oud"),
                server.url("/permanent"), server.url("/tijdelijk"), server.url("/lus-a"), server.url("/traag"),
                server.url("/folder.pdf"), URI.create("http://127.0.0.1:1/"));
        List<LinkStatus> statuses = checker.checkAll(urls).stream().map(LinkCheck::status).toList();
        assertThat(statuses).containsExactly(
                new LinkStatus.Ok(200),
                new LinkStatus.Broken(404),
                new LinkStatus.Broken(500),
                new LinkStatus.Moved(server.url("/nieuw.html")),
                new LinkStatus.Moved(server.url("/nieuw.html")),
                new LinkStatus.Ok(200),
                statuses.get(6),
                statuses.get(7),
                new LinkStatus.Ok(200),
                statuses.get(9));
        assertThat(statuses.get(6)).isInstanceOf(LinkStatus.Unreachable.class);
        assertThat(statuses.get(7)).isInstanceOf(LinkStatus.Unreachable.class);
        assertThat(statuses.get(9)).isInstanceOf(LinkStatus.Unreachable.class);
    }

    @Test
    void checking_a_link_never_downloads_its_body() {
        long before = System.nanoTime();
        LinkCheck check = checker.check(server.url("/groot"));
        assertThat(check.status()).isEqualTo(new LinkStatus.Ok(200));
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(1));
    }
}
