package nl.wegwijs.backend.crawlreview;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import nl.wegwijs.backend.BackendTestApplication;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One Spring context for the crawl-review tests: an empty catalogue (no demo import), loopback allowed, short
 * politeness delay and a fast scheduler tick. Each test makes its own sources and entries, so tests can share it.
 */
@SpringBootTest(classes = BackendTestApplication.class, properties = {
        "wegwijs.demo.enabled=false",
        "wegwijs.crawler.allow-local=true",
        "wegwijs.crawler.politeness-delay=20ms",
        "wegwijs.crawler.page-timeout=5s",
        "wegwijs.crawler.scheduler-tick=200ms",
        "wegwijs.crawler.shortest-interval=1s",
        "wegwijs.crawler.link-check-cron=-"})
abstract class CrawlReviewTestContext {

    static LoopbackSite site;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void startSite() throws Exception {
        site = new LoopbackSite();
    }

    @AfterAll
    static void stopSite() {
        site.close();
    }

    /** A published catalogue entry, written straight to the table as an editor's earlier work would have left it. */
    void publish(String id, String name, @Nullable String url, @Nullable String phone, @Nullable String email,
            @Nullable String postcode, @Nullable String city) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                insert into entry (id, name, kind, status, summary, url, phone, email, source, created_at, updated_at)
                values (?, ?, 'provision', 'PUBLISHED', 'Door de redactie geschreven.', ?, ?, ?, 'editor', ?, ?)""",
                id, name, url, phone, email, now, now);
        if (postcode != null || city != null) {
            jdbc.update("insert into location (id, entry_id, postcode, city) values (?, ?, ?, ?)", UUID.randomUUID(), id,
                    postcode, city);
        }
    }

    long published() {
        return jdbc.queryForObject("select count(*) from entry where status = 'PUBLISHED'", Long.class);
    }

    static SourceForm source(String name, List<String> startUrls, @Nullable String schedule) {
        return new SourceForm(null, name, startUrls, List.of(), List.of(), schedule, true, null, null);
    }

    static void await(String what, Duration limit, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) throw new AssertionError("Timed out waiting until " + what);
            Thread.sleep(50);
        }
    }
}
