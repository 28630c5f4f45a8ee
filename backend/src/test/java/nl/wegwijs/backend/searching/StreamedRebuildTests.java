package nl.wegwijs.backend.searching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.wegwijs.backend.BackendTestApplication;
import nl.wegwijs.backend.catalogue.CatalogueService;
import nl.wegwijs.backend.catalogue.EntryChanged;
import nl.wegwijs.backend.tasks.BackgroundTaskChanged;
import nl.wegwijs.backend.tasks.BackgroundTasks;
import nl.wegwijs.backend.tasks.TaskKind;
import nl.wegwijs.index.CatalogueIndex;
import nl.wegwijs.index.IndexedEntry;
import nl.wegwijs.index.SearchRequest;
import nl.wegwijs.index.SearchResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A full rebuild streams the catalogue from PostgreSQL in many fetches (50 rows each here, against
 * about 500 demo entries) and must index exactly what the entity path indexed, while edits made
 * during the rebuild survive it.
 */
@SpringBootTest(classes = BackendTestApplication.class, properties = "wegwijs.search.rebuild-fetch-size=50")
@Import(StreamedRebuildTests.EditDuringRebuild.class)
class StreamedRebuildTests {

    @Autowired CatalogueIndex index;
    @Autowired CatalogueService catalogue;
    @Autowired IndexMaintainer maintainer;
    @Autowired PublishedEntryStream published;
    @Autowired BackgroundTasks tasks;
    @Autowired JdbcTemplate jdbc;
    @Autowired EditDuringRebuild editDuringRebuild;

    @Test
    void every_published_entry_streams_as_the_same_document_as_its_entity() {
        Map<String, IndexedEntry> fromEntities = fromEntities();
        Map<String, IndexedEntry> streamed = new LinkedHashMap<>();
        try (var reading = published.open()) {
            assertThat(reading.size()).isEqualTo(fromEntities.size()).isGreaterThan(3 * 50);
            reading.stream().forEach(e -> streamed.put(e.id(), withSortedSets(e)));
        }
        fromEntities.replaceAll((id, e) -> withSortedSets(e));
        assertThat(streamed).containsExactlyEntriesOf(fromEntities);
    }

    @Test
    void the_grouped_statement_reads_every_document_exactly_as_the_correlated_one_did() {
        List<IndexedEntry> grouped = readWith(PublishedEntryRows.SELECT);
        List<IndexedEntry> correlated = readWith(PublishedEntryRows.CORRELATED);
        assertThat(grouped).hasSize((int) catalogue.publishedCount()).containsExactlyElementsOf(correlated);
        // Lists in the order they are indexed in, not sorted; the demo has entries with each kind of child row.
        assertThat(grouped).anyMatch(e -> !e.municipalities().isEmpty()).anyMatch(e -> e.funding().size() > 1)
                .anyMatch(e -> e.categories().size() > 1).anyMatch(e -> e.lat() != null);
    }

    @Test
    void a_malformed_statement_choice_reads_with_the_grouped_statement() {
        System.setProperty(PublishedEntryRows.SQL_PROPERTY, "nonsense");
        try {
            assertThat(PublishedEntryRows.select()).isEqualTo(PublishedEntryRows.SELECT);
            System.setProperty(PublishedEntryRows.SQL_PROPERTY, "correlated");
            assertThat(PublishedEntryRows.select()).isEqualTo(PublishedEntryRows.CORRELATED);
        } finally {
            System.clearProperty(PublishedEntryRows.SQL_PROPERTY);
        }
    }

    private List<IndexedEntry> readWith(String sql) {
        List<IndexedEntry> out = new ArrayList<>();
        jdbc.query(sql, (org.springframework.jdbc.core.RowCallbackHandler) rs -> out.add(PublishedEntryRows.toIndexed(rs)));
        return out;
    }

    @Test
    void a_streamed_rebuild_answers_every_search_exactly_as_the_entity_rebuild_did() throws Exception {
        Map<String, IndexedEntry> entities = fromEntities();
        // The rebuild as it was: every entity mapped into a list first, then replaceAll.
        index.replaceAll(new ArrayList<>(entities.values()).stream(), Map.of(IndexMaintainer.STAMP, "before"));
        List<String> texts = new ArrayList<>(List.of("logeeropvang", "pgb", "brussen", "thuiszorg voor kinderen", "autisme",
                "oudervereniging", "Tiel", "respijt zorg", "logeerhuys"));
        entities.values().stream().map(IndexedEntry::name).limit(150).forEach(texts::add);
        Map<String, SearchResult> before = searchAll(texts);

        maintainer.rebuild(tasks.start(TaskKind.INDEX_REBUILD, "test"));

        assertThat(searchAll(texts)).containsExactlyEntriesOf(before);
        assertThat(index.documentCount()).isEqualTo(entities.size());
    }

    @Test
    void edits_committed_while_a_rebuild_streams_are_searchable_after_it() throws Exception {
        List<String> ids = jdbc.queryForList("select id from entry where status = 'PUBLISHED' order by id", String.class);
        String alreadyIndexed = ids.get(10);
        String notYetStreamed = ids.getLast();
        String archived = ids.get(ids.size() - 2);
        editDuringRebuild.plan(() -> {
            editDuringRebuild.rename(alreadyIndexed, "Zeppelinvallei logeerboerderij");
            editDuringRebuild.rename(notYetStreamed, "Quokkaweide ontmoetingsplek");
            editDuringRebuild.archive(archived);
        });

        maintainer.rebuild(tasks.start(TaskKind.INDEX_REBUILD, "test"));
        index.refreshNow();

        assertThat(editDuringRebuild.ran()).as("the edits ran half-way through the rebuild").isTrue();
        assertThat(ids(search("Zeppelinvallei"))).containsExactly(alreadyIndexed);
        // The snapshot's older copy of this entry was streamed after the edit: it must not come back.
        assertThat(ids(search("Quokkaweide"))).containsExactly(notYetStreamed);
        assertThat(index.documentCount()).isEqualTo(catalogue.publishedCount()).isEqualTo(ids.size() - 1);
        String archivedName = jdbc.queryForObject("select name from entry where id = ?", String.class, archived);
        assertThat(ids(search(archivedName))).doesNotContain(archived);
    }

    private Map<String, IndexedEntry> fromEntities() {
        Map<String, IndexedEntry> documents = new LinkedHashMap<>();
        catalogue.forEachPublished(500, e -> documents.put(e.getId(), IndexedEntryMapper.toIndexed(e)));
        return documents;
    }

    /** The entity's sets (for whom, access, settings, conditions) have no order: Hibernate loads them into hash sets. */
    private static IndexedEntry withSortedSets(IndexedEntry e) {
        return new IndexedEntry(e.id(), e.name(), e.kind(), e.categories(), e.region(), e.municipalities(), e.audience(),
                e.funding(), e.summary(), e.body(), sorted(e.forWhom()), sorted(e.access()), sorted(e.settings()),
                sorted(e.conditions()), e.ageMin(), e.ageMax(), e.lat(), e.lon(), e.updatedAtEpochMillis());
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }

    private Map<String, SearchResult> searchAll(List<String> texts) throws Exception {
        Map<String, SearchResult> results = new LinkedHashMap<>();
        for (String text : texts) {
            results.put(text, search(text));
        }
        return results;
    }

    private SearchResult search(String text) throws Exception {
        return index.search(new SearchRequest(text, 0, 10, Map.of(), null, false));
    }

    private static List<String> ids(SearchResult result) {
        return result.hits().stream().map(hit -> hit.id()).toList();
    }

    /**
     * Edits the catalogue the way the editorial service does (a transaction that publishes
     * {@link EntryChanged}) from inside a running rebuild: at its first progress report, when the
     * snapshot is taken and a hundred entries are indexed.
     */
    @TestConfiguration
    static class EditDuringRebuild {

        private final JdbcTemplate jdbc;
        private final TransactionTemplate transaction;
        private final ApplicationEventPublisher events;
        private volatile Runnable planned;
        private final AtomicBoolean ran = new AtomicBoolean();

        EditDuringRebuild(JdbcTemplate jdbc, TransactionTemplate transaction, ApplicationEventPublisher events) {
            this.jdbc = jdbc;
            this.transaction = transaction;
            this.events = events;
        }

        void plan(Runnable edits) {
            ran.set(false);
            planned = edits;
        }

        boolean ran() {
            return ran.get();
        }

        @EventListener
        void on(BackgroundTaskChanged changed) {
            Runnable edits = planned;
            if (edits != null && changed.task().kind() == TaskKind.INDEX_REBUILD && changed.task().done() >= 100) {
                planned = null;
                edits.run();
                ran.set(true);
            }
        }

        void rename(String id, String name) {
            edit(id, "update entry set name = ?, updated_at = now(), version = version + 1 where id = ?", name);
        }

        void archive(String id) {
            edit(id, "update entry set status = 'ARCHIVED', updated_at = now(), version = version + 1 where id = ?");
        }

        private void edit(String id, String sql, Object... before) {
            transaction.executeWithoutResult(status -> {
                Object[] args = new Object[before.length + 1];
                System.arraycopy(before, 0, args, 0, before.length);
                args[before.length] = id;
                jdbc.update(sql, args);
                events.publishEvent(new EntryChanged(id));
            });
        }
    }
}
