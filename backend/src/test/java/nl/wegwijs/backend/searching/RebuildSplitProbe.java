package nl.wegwijs.backend.searching;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.wegwijs.backend.BackendTestApplication;
import nl.wegwijs.backend.TestDataDir;
import nl.wegwijs.backend.tasks.RunningTask;
import nl.wegwijs.backend.tasks.TaskKind;
import nl.wegwijs.index.CatalogueIndex;
import nl.wegwijs.index.IndexedEntry;
import org.apache.lucene.index.IndexWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Not a unit test ({@code -Dwegwijs.rebuildSplit=100000}): where the rebuild from PostgreSQL spends
 * its time beyond indexing. In one JVM, on the same N synthetic entries, rounds alternate the
 * production rebuild ({@code IndexMaintainer.rebuild}), {@code replaceAll} of the same documents
 * already in memory, and the snapshot streamed without indexing; each prints wall time, this JVM's
 * CPU, PostgreSQL's CPU (its processes in /proc), the reader thread's CPU and GC time.
 * {@code -Dwegwijs.rebuildSplit.rounds=R} (default 2); {@code -Dwegwijs.rebuildSplit.ab=NAME=V1,V2}
 * alternates a system property over the production rebuilds.
 */
@SpringBootTest(classes = BackendTestApplication.class)
@EnabledIfSystemProperty(named = "wegwijs.rebuildSplit", matches = "\\d+")
class RebuildSplitProbe {

    private static final Path DATA_DIR = TestDataDir.create();

    @Autowired JdbcTemplate jdbc;
    @Autowired CatalogueIndex index;
    @Autowired IndexMaintainer maintainer;
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
    void split_of_the_rebuild_from_postgresql() throws Exception {
        assertThat(IndexWriter.class.desiredAssertionStatus()).as("run with -DenableAssertions=false").isFalse();
        int n = Integer.getInteger("wegwijs.rebuildSplit");
        int rounds = Integer.getInteger("wegwijs.rebuildSplit.rounds", 2);
        PostgresCpu postgres = new PostgresCpu(jdbc);
        List<String> lines = new ArrayList<>();

        Sample s = Sample.start(postgres);
        new SyntheticEntryRows(jdbc).load(n, 42);
        jdbc.execute("analyze");
        lines.add(s.stop("write " + n + " rows (" + SyntheticRowWriter.fromSetting(System.getProperty(SyntheticEntryRows.WRITE)) + ")", postgres, -1));

        jdbc.queryForList("explain " + PublishedEntryRows.select(), String.class).forEach(System.out::println);
        List<IndexedEntry> inMemory = new ArrayList<>();
        s = Sample.start(postgres);
        try (var reading = published.open()) {
            reading.stream().forEach(inMemory::add);
        }
        lines.add(s.stop("stream into a list (cold)", postgres, published.lastReaderCpuNanos()));

        String[] ab = System.getProperty("wegwijs.rebuildSplit.ab", "").split("=", 2);
        String[] values = ab.length == 2 ? ab[1].split(",") : new String[] {null};
        for (int r = 0; r < rounds; r++) {
            for (int v = 0; v < values.length; v++) {
                String value = values[(v + r) % values.length];
                if (value != null) System.setProperty(ab[0], value);
                String label = value == null ? "" : " [" + ab[0] + "=" + value + "]";
                List<Runnable> order = new ArrayList<>();
                order.add(() -> lines.add(timed("rebuild from PostgreSQL" + label, postgres, () -> maintainer.rebuild(RunningTask.untracked(TaskKind.INDEX_REBUILD)), true)));
                order.add(() -> lines.add(timed("replaceAll from memory", postgres, () -> replaceAll(inMemory), false)));
                order.add(() -> lines.add(timed("stream only, no indexing" + label, postgres, this::streamOnly, true)));
                if ((r + v) % 2 == 1) java.util.Collections.reverse(order);
                order.forEach(Runnable::run);
                assertThat(index.documentCount()).isEqualTo(inMemory.size());
            }
        }
        System.out.println("\n| run | wall s | JVM CPU s | PostgreSQL CPU s | reader thread CPU s | GC s | load |\n|---|---|---|---|---|---|---|");
        lines.forEach(System.out::println);
    }

    private void replaceAll(List<IndexedEntry> entries) {
        try {
            index.replaceAll(entries.stream(), Map.of(IndexMaintainer.STAMP, "probe"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void streamOnly() {
        try (var reading = published.open()) {
            // Not count(): a SIZED stream answers count() from its size without reading a row.
            assertThat(reading.stream().mapToLong(e -> 1).sum()).isEqualTo(reading.size());
        }
    }

    private String timed(String label, PostgresCpu postgres, Runnable run, boolean reads) {
        Sample s = Sample.start(postgres);
        run.run();
        return s.stop(label, postgres, reads ? published.lastReaderCpuNanos() : -1);
    }

    record Sample(long wall, long cpu, double pg, long gcMillis) {
        static Sample start(PostgresCpu postgres) {
            return new Sample(System.nanoTime(), jvmCpu(), postgres.seconds(), gcTime());
        }

        String stop(String label, PostgresCpu postgres, long readerNanos) {
            return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %s | %.1f | %.1f |", label, (System.nanoTime() - wall) / 1e9,
                    (jvmCpu() - cpu) / 1e9, postgres.seconds() - pg, readerNanos < 0 ? "-" : String.format(Locale.ROOT, "%.1f", readerNanos / 1e9),
                    (gcTime() - gcMillis) / 1e3, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }

        private static long jvmCpu() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        }

        private static long gcTime() {
            return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
        }
    }
}
