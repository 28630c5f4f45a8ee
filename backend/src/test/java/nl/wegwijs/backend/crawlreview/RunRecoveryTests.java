package nl.wegwijs.backend.crawlreview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import nl.wegwijs.backend.BackendTestApplication;
import nl.wegwijs.backend.TestDataDir;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** A real restart on the same database: what a crash left running is ended, and the source can be crawled again. */
class RunRecoveryTests {

    private static final Path DATA_DIR = TestDataDir.create();

    @AfterAll
    static void cleanUp() {
        TestDataDir.delete(DATA_DIR);
    }

    @Test
    void a_run_left_running_is_ended_cleanly_after_a_restart() {
        UUID orphan = UUID.randomUUID();
        try (ConfigurableApplicationContext before = start()) {
            before.getBean(CrawlSources.class).save(CrawlReviewTestContext.source("Gecrashte bron",
                    java.util.List.of("http://127.0.0.1:1/"), null));
            // What a killed process leaves behind: a RUNNING row nobody will ever finish.
            before.getBean(JdbcTemplate.class).update("""
                    insert into crawl_run (id, source_id, trigger, status, queued_at, started_at)
                    values (?, 'gecrashte-bron', 'MANUAL', 'RUNNING', now(), now())""", orphan);
        }

        try (ConfigurableApplicationContext after = start()) {
            CrawlRuns runs = after.getBean(CrawlRuns.class);
            RunSummary ended = runs.run(orphan).orElseThrow();
            assertThat(ended.status()).isEqualTo(RunStatus.INTERRUPTED);
            assertThat(ended.endedAt()).isNotNull();
            assertThat(runs.log(orphan)).extracting(RunLogEntry::message).anyMatch(m -> m.startsWith("Interrupted"));
            assertThat(runs.activeRun("gecrashte-bron")).isEmpty();
            assertThat(runs.startNow("gecrashte-bron", "redacteur")).isNotEqualTo(orphan); // not refused any more
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(BackendTestApplication.class)
                .run("--server.port=0", "--wegwijs.data-dir=" + DATA_DIR, "--wegwijs.demo.enabled=false", "--wegwijs.crawler.link-check-cron=-",
                        "--wegwijs.crawler.allow-local=true");
    }
}
