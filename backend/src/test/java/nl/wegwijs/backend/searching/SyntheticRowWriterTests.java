package nl.wegwijs.backend.searching;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.wegwijs.backend.BackendTestApplication;
import nl.wegwijs.backend.TestDataDir;
import nl.wegwijs.backend.searching.SyntheticEntryRows.Table;
import nl.wegwijs.index.IndexedEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The benchmarks' synthetic catalogue written with COPY must rebuild into exactly the documents the
 * batched inserts gave: same entries, every field equal (1,500 entries here;
 * {@code -Dwegwijs.bench.writeCheck=100000} checks a benchmark's size). Its own database: the rows
 * would change other tests' catalogue.
 */
@SpringBootTest(classes = BackendTestApplication.class)
class SyntheticRowWriterTests {

    private static final Path DATA_DIR = TestDataDir.create();

    @Autowired JdbcTemplate jdbc;
    @Autowired PublishedEntryStream published;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("wegwijs.data-dir", DATA_DIR::toString);
    }

    @AfterAll
    static void cleanUp() {
        TestDataDir.delete(DATA_DIR);
    }

    @Test
    void entries_written_with_copy_stream_as_the_same_documents_as_entries_written_with_inserts() {
        int n = Integer.getInteger("wegwijs.bench.writeCheck", 1_500);
        Timestamp now = Timestamp.valueOf("2026-12-02 05:00:00.123");
        long demo = publishedCount();

        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long t0 = System.nanoTime();
        new SyntheticEntryRows(jdbc).load(n, 42, SyntheticRowWriter.INSERT, now);
        double insertSeconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Long> insertedRows = rowCounts();
        Map<String, IndexedEntry> inserted = streamed();
        jdbc.update("delete from entry where source = 'synthetic'");
        assertThat(publishedCount()).isEqualTo(demo);

        t0 = System.nanoTime();
        new SyntheticEntryRows(jdbc).load(n, 42, SyntheticRowWriter.COPY, now);
        double copySeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "%d entries written: inserts %.1f s, copy %.1f s (%.2fx), load %.1f then %.1f%n", n,
                insertSeconds, copySeconds, insertSeconds / copySeconds, load, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        assertThat(publishedCount()).isEqualTo(demo + n);
        assertThat(rowCounts()).isEqualTo(insertedRows);
        assertThat(streamed()).containsExactlyEntriesOf(inserted);
    }

    @Test
    void a_malformed_write_setting_falls_back_to_copy() {
        assertThat(SyntheticRowWriter.fromSetting("insert")).isEqualTo(SyntheticRowWriter.INSERT);
        assertThat(SyntheticRowWriter.fromSetting(null)).isEqualTo(SyntheticRowWriter.COPY);
        assertThat(SyntheticRowWriter.fromSetting("cpoy")).isEqualTo(SyntheticRowWriter.COPY);
    }

    private long publishedCount() {
        return jdbc.queryForObject(PublishedEntryRows.COUNT, Long.class);
    }

    /** Rows per table, so a row the documents would not show (a second location of one municipality) counts too. */
    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Table table : Table.ALL) {
            String key = table == Table.ENTRY ? "id" : "entry_id";
            counts.put(table.name(), jdbc.queryForObject("select count(*) from " + table.name() + " where " + key
                    + " in (select id from entry where source = 'synthetic')", Long.class));
        }
        return counts;
    }

    private Map<String, IndexedEntry> streamed() {
        Map<String, IndexedEntry> documents = new LinkedHashMap<>();
        try (var reading = published.open()) {
            reading.stream().forEach(e -> documents.put(e.id(), e));
        }
        return documents;
    }
}
