package nl.wegwijs.backend.searching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijs.backend.BackendTestApplication;
import nl.wegwijs.backend.TestDataDir;
import nl.wegwijs.index.IndexedEntry;
import nl.wegwijs.index.SearchHit;
import nl.wegwijs.index.SearchRequest;
import nl.wegwijs.index.relevance.Judged;
import nl.wegwijs.index.relevance.Metrics;
import nl.wegwijs.index.relevance.RankedRetriever;
import nl.wegwijs.index.relevance.RelevanceReport;
import nl.wegwijs.index.relevance.StandardAnalyzerRetriever;
import nl.wegwijs.backend.catalogue.CatalogueService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The three engines of issue 3 in one run on the demo catalogue in the real (embedded) PostgreSQL:
 * our index as the backend builds it from the database, bare Lucene StandardAnalyzer on the same
 * entries, and PostgreSQL full-text search. Writes index/reports/relevance.md with
 * {@code -Dwegwijs.reports=write} (command in index/README.md).
 */
@SpringBootTest(classes = BackendTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RelevanceAgainstPostgresTests {

    private static final Path DATA_DIR = TestDataDir.create();
    static final String OURS = "Wegwijs (index built from PostgreSQL)";

    @Autowired SearchService search;
    @Autowired CatalogueService catalogue;
    @Autowired JdbcTemplate jdbc;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("wegwijs.data-dir", DATA_DIR::toString);
    }

    @AfterAll
    static void cleanUp() {
        TestDataDir.delete(DATA_DIR);
    }

    @Test
    void our_engine_beats_standard_analyzer_and_postgresql_full_text_search() throws Exception {
        List<Judged> judged = Judged.load("queries-dev.jsonl");
        PostgresFullText.build(jdbc);
        List<IndexedEntry> entries = new ArrayList<>();
        catalogue.forEachPublished(500, e -> entries.add(IndexedEntryMapper.toIndexed(e)));
        Map<String, RankedRetriever> engines = new LinkedHashMap<>();
        engines.put(OURS, (q, k) -> search.search(new SearchRequest(q, 0, k, Map.of(), null, false))
                .hits().stream().map(SearchHit::id).toList());
        try (StandardAnalyzerRetriever standard = new StandardAnalyzerRetriever(entries)) {
            engines.put("Lucene StandardAnalyzer", standard);
            engines.put("PostgreSQL FTS, websearch_to_tsquery (AND)", new PostgresFullText(jdbc, PostgresFullText.Form.AND));
            engines.put("PostgreSQL FTS, OR of the lexemes", new PostgresFullText(jdbc, PostgresFullText.Form.OR));
            Map<String, List<Metrics>> perQuery = RelevanceReport.run(engines, judged);
            String report = RelevanceReport.markdown(
                    "Relevance: queries-dev.jsonl (" + judged.size() + " judged queries, " + entries.size() + " entries)",
                    PREFACE, judged, perQuery);
            System.out.println(report);
            if ("write".equals(System.getProperty("wegwijs.reports"))) {
                Path out = Path.of(System.getProperty("wegwijs.reportDir", "../index/reports"), "relevance.md");
                Files.createDirectories(out.getParent());
                Files.writeString(out, report);
            }
            double ours = Metrics.mean(perQuery.get(OURS)).ndcg();
            double bestPostgres = Math.max(Metrics.mean(perQuery.get("PostgreSQL FTS, websearch_to_tsquery (AND)")).ndcg(),
                    Metrics.mean(perQuery.get("PostgreSQL FTS, OR of the lexemes")).ndcg());
            assertThat(ours).isGreaterThan(bestPostgres + 0.25);
            assertThat(ours).isGreaterThan(Metrics.mean(perQuery.get("Lucene StandardAnalyzer")).ndcg());
        }
    }

    private static final String PREFACE = """
            Generated in one run by `RelevanceAgainstPostgresTests` (backend, embedded PostgreSQL 18 with the demo
            catalogue; command in index/README.md). Engines: our index exactly as the backend builds it from the
            database (`IndexMaintainer` path); bare Lucene StandardAnalyzer on the same entries with the same field
            weights (OR of the words); PostgreSQL full-text search with the `dutch` configuration on a weighted
            tsvector (name A, categories B, summary C, description + audience D) ranked by `ts_rank_cd`, once with
            `websearch_to_tsquery` (all words required) and once with the same lexemes OR-ed.""";
}
