package nl.wegwijs.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import nl.wegwijs.crawler.testing.FixtureServer;
import nl.wegwijs.crawler.testing.FixtureSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FetcherTest {

    static FixtureServer server;
    static Fetcher fetcher;

    @BeforeAll
    static void start() {
        server = FixtureSites.site()
                .route("/druppel", ex -> {
                    // Headers at once, then one byte every 200 ms: only a whole-page deadline stops this.
                    ex.getResponseHeaders().set("Content-Type", "text/html");
                    ex.sendResponseHeaders(200, 0);
                    try (OutputStream out = ex.getResponseBody()) {
                        for (int i = 0; i < 100; i++) {
                            out.write('x');
                            out.flush();
                            server.sleepUntilClosedMillis(200);
                        }
                    }
                })
                .route("/etag", ex -> {
                    if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                        ex.sendResponseHeaders(304, -1);
                        return;
                    }
                    ex.getResponseHeaders().set("ETag", "\"v1\"");
                    ex.getResponseHeaders().set("Last-Modified", "Tue, 01 Dec 2026 08:00:00 GMT");
                    FixtureServer.send(ex, 200, "text/html; charset=utf-8", "<html><body>v1</body></html>");
                })
                .route("/naar-lokaal", ex -> FixtureServer.redirect(ex, 302, "http://10.0.0.1/admin"));
        fetcher = new Fetcher(new FetchBounds("WegwijsBot/test (+https://wegwijs.nl)", Duration.ofSeconds(1),
                Duration.ofMillis(800), 64 * 1024, 5, true));
    }

    @AfterAll
    static void stop() {
        fetcher.close();
        server.close();
    }

    @Test
    void a_body_that_trickles_in_is_cut_off_at_the_page_deadline() {
        long start = System.nanoTime();
        FetchResult result = fetcher.fetch(server.url("/druppel"));
        assertThat(result.outcome()).isEqualTo(FetchOutcome.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void a_huge_body_is_truncated_at_the_size_bound() {
        FetchResult result = fetcher.fetch(server.url("/groot"), Validators.NONE, Fetcher.Accept.HTML, Fetcher.HopCheck.ANY);
        assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(result.truncated()).isTrue();
        assertThat(result.body()).hasSize(64 * 1024);
        assertThat(result.contentHash()).hasSize(64);
    }

    @Test
    void a_conditional_request_with_the_etag_answers_not_modified() {
        FetchResult first = fetcher.fetch(server.url("/etag"));
        assertThat(first.validators()).isEqualTo(new Validators("\"v1\"", "Tue, 01 Dec 2026 08:00:00 GMT"));
        FetchResult second = fetcher.fetch(server.url("/etag"), first.validators(), Fetcher.Accept.HTML, Fetcher.HopCheck.ANY);
        assertThat(second.outcome()).isEqualTo(FetchOutcome.NOT_MODIFIED);
        assertThat(server.hits().getLast().headers()).containsEntry("if-modified-since", "Tue, 01 Dec 2026 08:00:00 GMT");
    }

    @Test
    void only_html_bodies_are_read_when_html_is_asked_for() {
        FetchResult pdf = fetcher.fetch(server.url("/folder.pdf"), Validators.NONE, Fetcher.Accept.HTML, Fetcher.HopCheck.ANY);
        assertThat(pdf.outcome()).isEqualTo(FetchOutcome.NOT_HTML);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.body()).isEmpty();
    }

    @Test
    void a_redirect_to_a_private_address_is_refused_even_when_the_start_was_allowed() {
        try (Fetcher strict = new Fetcher(new FetchBounds("WegwijsBot/test (+https://wegwijs.nl)", Duration.ofSeconds(1),
                Duration.ofSeconds(1), 1024, 5, false))) {
            FetchResult result = strict.fetch(server.url("/naar-lokaal"));
            assertThat(result.outcome()).isEqualTo(FetchOutcome.REFUSED_ADDRESS);
            assertThat(server.requestedPaths()).doesNotContain("/naar-lokaal").as("the loopback start itself is refused");
        }
        FetchResult viaHopCheck = fetcher.fetch(server.url("/naar-lokaal"), Validators.NONE, Fetcher.Accept.HTML,
                hop -> hop.getHost().startsWith("10.") ? java.util.Optional.of("private") : java.util.Optional.empty());
        assertThat(viaHopCheck.outcome()).isEqualTo(FetchOutcome.REDIRECT_STOPPED);
        assertThat(viaHopCheck.lastRedirect()).hasToString("http://10.0.0.1/admin");
    }

    @Test
    void redirect_loops_are_detected_before_the_hop_limit() {
        FetchResult result = fetcher.fetch(server.url("/lus-a"));
        assertThat(result.outcome()).isEqualTo(FetchOutcome.REDIRECT_STOPPED);
        assertThat(result.detail()).contains("loop");
        assertThat(result.redirects()).hasSize(2);
    }

    @Test
    void a_windows_1252_page_decodes_correctly_from_its_meta_tag() {
        String text = fetcher.fetch(server.url("/latin.html")).text();
        assertThat(text).contains("Zorgboerderij \u201cDe Kr\u00f6ller\u201d").contains("\u20ac 5");
        assertThat(text.getBytes(StandardCharsets.UTF_8)).isNotEmpty();
    }
}
