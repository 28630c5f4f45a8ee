package nl.wegwijs.backend.crawlreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.wegwijs.backend.editorial.ProposalView;
import nl.wegwijs.backend.editorial.ReviewQueue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;

/** Crawls of a real loopback site, end to end into the review queue. */
class CrawlRunTests extends CrawlReviewTestContext {

    @Autowired
    CrawlSources sources;

    @Autowired
    CrawlRuns runs;

    @Autowired
    ReviewQueue queue;

    @Test
    void a_crawl_of_a_loopback_site_proposes_new_entries_and_field_changes_and_publishes_nothing() throws Exception {
        publish("logeerhuis-de-vlinder", "Logeerhuis De Vlinder", site.url("/logeerhuis.html"), "010-1234567",
                "info@devlinder.nl", "3011 AB", "Rotterdam");
        publish("zorgboerderij-de-hoeve", "Zorgboerderij De Hoeve", null, "0318 123456", "info@dehoeve.nl", null, null);
        long publishedBefore = published();
        SourceDetails source = sources.save(source("Zorgnetwerk fixture", List.of(site.url("/")), null));

        RunSummary run = crawl(source.id());

        assertThat(run.status()).isEqualTo(RunStatus.FINISHED);
        assertThat(run.pages()).isEqualTo(4); // index, three providers; /intern/ is forbidden by robots.txt
        assertThat(site.requests()).noneMatch(r -> r.startsWith("/intern/"));
        assertThat(run.proposals()).isEqualTo(3);
        Map<String, ProposalView> byEntry = proposalsOf(source.id());

        ProposalView vlinder = byEntry.get("logeerhuis-de-vlinder");
        assertThat(fields(vlinder)).containsEntry("phone", "+31107654321")
                .doesNotContainKeys("name", "email", "postcode", "url", "summary"); // only what differs
        assertThat(vlinder.note()).contains("website");

        ProposalView hoeve = byEntry.get("zorgboerderij-de-hoeve");
        assertThat(fields(hoeve)).containsEntry("email", "nieuw@dehoeve.nl")
                .doesNotContainKeys("phone", "name"); // matched on the phone; a page title is no name
        assertThat(hoeve.note()).contains("telefoonnummer");

        ProposalView anker = byEntry.get("<new>");
        assertThat(anker.proposesNewEntry()).isTrue();
        assertThat(fields(anker)).containsEntry("name", "Kinderthuiszorg Het Anker").containsEntry("phone", "+31302345678")
                .containsEntry("postcode", "3511 AB").containsEntry("city", "Utrecht").containsEntry("kind", "provision");
        if (fields(anker).containsKey("categories")) {
            assertThat(anker.note()).contains("gissingen"); // crawler categories are marked as guesses
        }
        assertThat(anker.origin()).isEqualTo("crawler:" + source.id());
        assertThat(anker.sourceUrl()).isEqualTo(site.url("/anker.html"));

        assertThat(published()).isEqualTo(publishedBefore);
        assertThat(jdbc.queryForObject("select phone from entry where id = 'logeerhuis-de-vlinder'", String.class))
                .isEqualTo("010-1234567");
        assertThat(runs.log(run.id())).extracting(RunLogEntry::message).anyMatch(m -> m.startsWith("FINISHED"));
    }

    @Test
    void a_re_crawl_asks_conditionally_and_proposes_nothing_twice() throws Exception {
        SourceDetails source = sources.save(source("Herhaalde fixture", List.of(site.url("/anker.html")), null));
        RunSummary first = crawl(source.id());
        assertThat(first.proposals()).isEqualTo(1);

        RunSummary second = crawl(source.id());

        assertThat(second.status()).isEqualTo(RunStatus.FINISHED);
        assertThat(second.proposals()).isZero();
        assertThat(site.requests()).contains("/anker.html If-None-Match");
        assertThat(proposalsOf(source.id())).hasSize(1);
    }

    @Test
    void a_second_crawl_now_for_the_same_source_is_refused_while_the_first_runs() throws Exception {
        site.closeGateAgain();
        SourceDetails source = sources.save(source("Trage fixture", List.of(site.url("/traag.html")), null));
        UUID first = runs.startNow(source.id(), "redacteur");
        await("the first run fetches", Duration.ofSeconds(10), () -> site.requests().contains("/traag.html"));

        assertThatThrownBy(() -> runs.startNow(source.id(), "andere redacteur"))
                .isInstanceOf(CrawlAlreadyRunningException.class);
        assertThat(runs.activeRun(source.id())).map(RunSummary::id).contains(first);

        site.release();
        await("the first run ends", Duration.ofSeconds(10), () -> !runs.run(first).orElseThrow().status().active());
        assertThat(runs.run(runs.startNow(source.id(), "redacteur")).orElseThrow().status().active()).isTrue();
        await("the next run ends", Duration.ofSeconds(10), () -> runs.activeRun(source.id()).isEmpty());
    }

    @Test
    void the_database_itself_refuses_a_second_active_run_for_a_source() {
        SourceDetails source = sources.save(source("Index fixture", List.of(site.url("/ok.html")), null));
        String insert = "insert into crawl_run (id, source_id, trigger, status, queued_at) values (?, ?, 'MANUAL', 'RUNNING', now())";
        jdbc.update(insert, UUID.randomUUID(), source.id());

        assertThatThrownBy(() -> jdbc.update(insert, UUID.randomUUID(), source.id()))
                .isInstanceOf(DataIntegrityViolationException.class);
        jdbc.update("update crawl_run set status = 'INTERRUPTED' where source_id = ?", source.id());
    }

    @Test
    void a_stopped_run_ends_cleanly_as_cancelled() throws Exception {
        site.closeGateAgain();
        SourceDetails source = sources.save(source("Gestopte fixture", List.of(site.url("/traag.html"), site.url("/ok.html")), null));
        UUID run = runs.startNow(source.id(), "redacteur");
        await("the run fetches", Duration.ofSeconds(10), () -> site.requests().contains("/traag.html"));

        assertThat(runs.stop(run)).isTrue();
        site.release();

        await("the run ends", Duration.ofSeconds(10), () -> !runs.run(run).orElseThrow().status().active());
        RunSummary stopped = runs.run(run).orElseThrow();
        assertThat(stopped.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(stopped.endedAt()).isNotNull();
        assertThat(runs.stop(run)).isFalse();
    }

    @Test
    void a_scheduled_crawl_fires_on_its_interval() throws Exception {
        SourceDetails source = sources.save(source("Geplande fixture", List.of(site.url("/ok.html")), "PT1S"));
        try {
            await("a scheduled run has ended", Duration.ofSeconds(15), () -> runs.history(source.id(), 10).stream()
                    .anyMatch(r -> r.trigger() == RunTrigger.SCHEDULED && r.status() == RunStatus.FINISHED));
            assertThat(sources.find(source.id()).orElseThrow().nextRunAt()).isAfter(source.nextRunAt());
        } finally {
            SourceForm off = sources.find(source.id()).orElseThrow().form();
            sources.save(new SourceForm(off.id(), off.name(), off.startUrls(), off.allowedHosts(), off.allowedPathPrefixes(),
                    off.schedule(), false, off.maxPages(), off.maxDepth()));
        }
    }

    @Test
    void a_schedule_more_often_than_allowed_or_not_a_schedule_is_refused() {
        // This context allows every second (wegwijs.crawler.shortest-interval=1s); production allows every hour.
        assertThatThrownBy(() -> sources.save(source("Te vaak", List.of(site.url("/")), "PT0.5S")))
                .isInstanceOf(InvalidSourceException.class).extracting("field").isEqualTo("schedule");
        assertThatThrownBy(() -> sources.save(source("Onzin", List.of(site.url("/")), "elke dag")))
                .isInstanceOf(InvalidSourceException.class).extracting("field").isEqualTo("schedule");
        assertThatThrownBy(() -> sources.save(source("Geen web", List.of("ftp://x.nl/"), null)))
                .isInstanceOf(InvalidSourceException.class).extracting("field").isEqualTo("startUrls");
    }

    private RunSummary crawl(String sourceId) throws InterruptedException {
        UUID id = runs.startNow(sourceId, "redacteur");
        await("the run ends", Duration.ofSeconds(20), () -> !runs.run(id).orElseThrow().status().active());
        return runs.run(id).orElseThrow();
    }

    private Map<String, ProposalView> proposalsOf(String sourceId) {
        return queue.open(PageRequest.of(0, 500)).stream().filter(p -> p.origin().equals("crawler:" + sourceId))
                .collect(Collectors.toMap(p -> p.entryId() == null ? "<new>" : p.entryId(), p -> p));
    }

    private static Map<String, String> fields(ProposalView proposal) {
        return proposal.fields().stream().collect(Collectors.toMap(ProposalView.FieldView::field,
                f -> f.proposed() == null ? "" : f.proposed()));
    }
}
