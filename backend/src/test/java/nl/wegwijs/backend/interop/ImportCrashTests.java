package nl.wegwijs.backend.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import nl.wegwijs.backend.TestDataDir;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * kill -9 of the application during a large batch import, then a restart on the same data: nothing
 * half-written exists, because the whole import is one PostgreSQL transaction that never committed.
 */
class ImportCrashTests {

    private static final int RECORDS = 5000;
    private final Path dataDir = TestDataDir.create();

    @AfterEach
    void cleanUp() {
        TestDataDir.delete(dataDir);
    }

    @Test
    void a_sigkill_during_a_batch_import_leaves_nothing_half_written_after_a_restart() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules", "jdk.incubator.vector", "-cp", System.getProperty("java.class.path"),
                CrashingImport.class.getName(), dataDir.toAbsolutePath().toString(), String.valueOf(RECORDS))
                .redirectErrorStream(true).start();
        int written = waitUntilWritten(child, 3 * BatchImport.CHUNK);
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback by the JVM, no pg_ctl stop.
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(written).as("killed after inserts reached PostgreSQL, before the end").isBetween(3 * BatchImport.CHUNK, RECORDS - 1);
        stopOrphanedPostmaster();

        try (InteropApp app = InteropApp.start(dataDir, "--wegwijs.demo.enabled=false")) {
            JdbcTemplate jdbc = new JdbcTemplate(app.context.getBean(DataSource.class));
            assertThat(jdbc.queryForObject("select count(*) from entry", Long.class)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from entry_funding", Long.class)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from entry_category", Long.class)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from taxonomy_term", Long.class)).isZero();
            // The database is healthy: the same kind of import now runs to its end.
            ImportReport report = app.context.getBean(HsdsImport.class)
                    .run(InteropApp.JSON.writeValueAsBytes(CrashingImport.services(50, "klein")), false);
            assertThat(report.imported()).isEqualTo(50);
            assertThat(jdbc.queryForObject("select count(*) from entry", Long.class)).isEqualTo(50);
        }
    }

    private static int waitUntilWritten(Process child, int atLeast) throws Exception {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(8);
            for (String line; (line = out.readLine()) != null && System.nanoTime() < deadline; ) {
                if (line.startsWith("DONE")) throw new AssertionError("The import finished before it could be killed");
                if (line.startsWith("WRITTEN ")) {
                    int n = Integer.parseInt(line.substring(8).strip());
                    if (n >= atLeast) return n;
                }
            }
        }
        throw new AssertionError("The child JVM never reported " + atLeast + " written records");
    }

    /**
     * zonky's embedded PostgreSQL is a child process of the JVM that its close() stops with pg_ctl. A JVM
     * killed with SIGKILL never calls close(): the postmaster lives on as an orphan and keeps the data
     * directory locked (postmaster.pid), so a restart could not start PostgreSQL. A real crash of the
     * machine ends both; here we end the orphan ourselves (SIGTERM, its clean "smart" shutdown; its
     * client is gone, so it stops at once) and wait for it, before restarting on the same files.
     */
    private void stopOrphanedPostmaster() throws Exception {
        Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
        if (!Files.exists(pidFile)) return;
        long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
        var postmaster = ProcessHandle.of(pid);
        if (postmaster.isEmpty()) return;
        postmaster.get().destroy();
        postmaster.get().onExit().get(60, TimeUnit.SECONDS);
    }
}
