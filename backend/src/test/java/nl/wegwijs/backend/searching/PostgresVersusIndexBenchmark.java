package nl.wegwijs.backend.searching;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.wegwijs.backend.BackendTestApplication;
import nl.wegwijs.backend.TestDataDir;
import nl.wegwijs.index.CatalogueIndex;
import nl.wegwijs.index.IndexedEntry;
import nl.wegwijs.index.bench.PerformanceBenchmark;
import nl.wegwijs.index.bench.SyntheticCatalogue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Not a unit test (-Dwegwijs.bench=100000): N synthetic entries in the embedded PostgreSQL, then in
 * one run (a) our index rebuilt from PostgreSQL (JDBC stream into CatalogueIndex.replaceAll) and
 * (b) PostgreSQL FTS (weighted 'dutch' tsvector, GIN, ts_rank_cd, OR form), both answering the
 * index benchmark's mixed query texts. Writes index/reports/performance-postgres.md with
 * -Dwegwijs.reports=write.
 */
@SpringBootTest(classes = BackendTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIfSystemProperty(named = "wegwijs.bench", matches = "\\d+")
class PostgresVersusIndexBenchmark {

    private static final Path DATA_DIR = TestDataDir.create();
    private static final int ROUNDS = 15;
    private static final String SOURCE = "synthetic_entry";
    private static final String DOCS = "synthetic_fts";

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
    void index_and_postgresql_full_text_search_on_the_same_entries() throws Exception {
        int n = Integer.parseInt(System.getProperty("wegwijs.bench"));
        long t0 = System.nanoTime();
        load(n);
        double loadSeconds = seconds(t0);
        t0 = System.nanoTime();
        jdbc.execute("drop table if exists " + DOCS);
        jdbc.execute("""
                create table %s as select id,
                    setweight(to_tsvector('dutch', name), 'A') || setweight(to_tsvector('dutch', categories), 'B')
                 || setweight(to_tsvector('dutch', summary), 'C') || setweight(to_tsvector('dutch', body), 'D') as doc
                from %s""".formatted(DOCS, SOURCE));
        jdbc.execute("create index on " + DOCS + " using gin (doc)");
        jdbc.execute("analyze " + DOCS);
        double tsvectorSeconds = seconds(t0);
        PostgresFullText postgres = new PostgresFullText(jdbc, PostgresFullText.Form.OR, DOCS);
        try (CatalogueIndex index = CatalogueIndex.open(DATA_DIR.resolve("bench-index"))) {
            t0 = System.nanoTime();
            rebuildFromPostgres(index);
            double rebuildSeconds = seconds(t0);
            List<String> texts = PerformanceBenchmark.queries().stream().map(m -> m.request().text()).toList();
            long[] ours = measure(texts, q -> index.search(nl.wegwijs.index.SearchRequest.of(q)));
            long[] pg = measure(texts, q -> postgres.ids(q, 10));
            String report = report(n, loadSeconds, tsvectorSeconds, rebuildSeconds, ours, pg, texts.size());
            System.out.println(report);
            if ("write".equals(System.getProperty("wegwijs.reports"))) {
                Path out = Path.of(System.getProperty("wegwijs.reportDir", "../index/reports"), "performance-postgres.md");
                Files.writeString(out, report);
            }
        }
    }

    private void load(int n) {
        jdbc.execute("drop table if exists " + SOURCE);
        jdbc.execute("create table " + SOURCE + " (id text primary key, name text, kind text, categories text, region text,"
                + " municipalities text, audience text, funding text, summary text, body text)");
        List<Object[]> batch = new ArrayList<>();
        new SyntheticCatalogue().entries(n, 42).forEach(e -> {
            batch.add(new Object[] {e.id(), e.name(), e.kind(), String.join("|", e.categories()), e.region(),
                String.join("|", e.municipalities()), e.audience(), String.join("|", e.funding()), e.summary(), e.body()});
            if (batch.size() == 2000) {
                insert(batch);
            }
        });
        insert(batch);
    }

    private void insert(List<Object[]> batch) {
        jdbc.batchUpdate("insert into " + SOURCE + " values (?,?,?,?,?,?,?,?,?,?)", batch);
        batch.clear();
    }

    /** The rebuild path without JPA: stream the rows over JDBC into replaceAll, as IndexMaintainer does with entities. */
    private void rebuildFromPostgres(CatalogueIndex index) throws Exception {
        List<IndexedEntry> entries = new ArrayList<>();
        jdbc.setFetchSize(2000);
        jdbc.query("select * from " + SOURCE, rs -> {
            entries.add(entry(rs));
        });
        index.replaceAll(entries.stream(), Map.of("stamp", "bench"));
    }

    private static IndexedEntry entry(ResultSet rs) throws SQLException {
        return new IndexedEntry(rs.getString("id"), rs.getString("name"), rs.getString("kind"), list(rs.getString("categories")),
                rs.getString("region"), list(rs.getString("municipalities")), rs.getString("audience"), list(rs.getString("funding")),
                rs.getString("summary"), rs.getString("body"), List.of(), List.of(), List.of(), List.of(), null, null, null, null, 0L);
    }

    private static List<String> list(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split("\\|"));
    }

    interface Search {
        Object run(String q) throws Exception;
    }

    private static long[] measure(List<String> texts, Search search) throws Exception {
        for (int i = 0; i < 3; i++) {
            for (String q : texts) {
                search.run(q);
            }
        }
        long[] nanos = new long[ROUNDS * texts.size()];
        int k = 0;
        for (int r = 0; r < ROUNDS; r++) {
            for (String q : texts) {
                long t = System.nanoTime();
                search.run(q);
                nanos[k++] = System.nanoTime() - t;
            }
        }
        return nanos;
    }

    private static String report(int n, double load, double tsvector, double rebuild, long[] ours, long[] pg, int queries) {
        double o50 = PerformanceBenchmark.percentile(ours, 0.5);
        double o99 = PerformanceBenchmark.percentile(ours, 0.99);
        double p50 = PerformanceBenchmark.percentile(pg, 0.5);
        double p99 = PerformanceBenchmark.percentile(pg, 0.99);
        return String.format(Locale.ROOT, """
                # Our index against PostgreSQL FTS at %d synthetic entries (one run)

                Generated by `PostgresVersusIndexBenchmark` (backend; command in index/README.md), embedded PostgreSQL 18,
                2 shared cores. The same %d mixed query texts as `PerformanceBenchmark` (plain, phrase, typo; the facet and
                radius parameters are left out because PostgreSQL has no equivalent here), %d warmed rounds each.
                Ours: the whole `CatalogueIndex.search` (synonyms, compounds, spelling fallback, facets, snippets).
                PostgreSQL: weighted `dutch` tsvector with GIN, OR of the lexemes, `ts_rank_cd`, top 10 ids only.

                | | value |
                |---|---|
                | load %d rows into PostgreSQL (s) | %.1f |
                | build weighted tsvector + GIN (s) | %.1f |
                | **rebuild our index from PostgreSQL** (JDBC stream + replaceAll, s) | %.1f (target 20 s at 100k) |
                | ours p50 / p99 (ms) | %.2f / %.2f |
                | PostgreSQL FTS p50 / p99 (ms) | %.2f / %.2f |
                | PostgreSQL time / our time, p50 / p99 | %.1fx / %.1fx (target at least 5x) |
                """, n, queries, ROUNDS, n, load, tsvector, rebuild, o50, o99, p50, p99, p50 / o50, p99 / o99);
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
