package nl.wegwijs.backend.searching;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * CPU time of the embedded PostgreSQL server (Linux /proc): the postmaster and every process it
 * started (backends, parallel workers, checkpointer, autovacuum), including the children it has
 * already reaped. The JVM's own CPU figures leave all of this out.
 */
final class PostgresCpu {

    private static final double TICKS_PER_SECOND = 100; // CLK_TCK on Linux x86-64
    private final long postmaster;

    PostgresCpu(JdbcTemplate jdbc) {
        Integer backend = jdbc.queryForObject("select pg_backend_pid()", Integer.class);
        this.postmaster = Long.parseLong(stat(backend)[1]);
    }

    /** Seconds of CPU the server has used so far; differences of two calls are what it spent in between. */
    double seconds() {
        long ticks = ticks(stat(postmaster), true);
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            ticks += processes.map(p -> p.getFileName().toString())
                    .filter(name -> name.chars().allMatch(Character::isDigit))
                    .map(PostgresCpu::statOrNull)
                    .filter(f -> f != null && Long.parseLong(f[1]) == postmaster)
                    .mapToLong(f -> ticks(f, true))
                    .sum();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return ticks / TICKS_PER_SECOND;
    }

    /** Fields after the command name: [0] state, [1] ppid, [11] utime, [12] stime, [13] cutime, [14] cstime. */
    private static long ticks(String[] f, boolean children) {
        long own = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        return children ? own + Long.parseLong(f[13]) + Long.parseLong(f[14]) : own;
    }

    private static String[] stat(long pid) {
        String[] f = statOrNull(String.valueOf(pid));
        if (f == null) throw new IllegalStateException("no process " + pid);
        return f;
    }

    private static String[] statOrNull(String pid) {
        try {
            String line = Files.readString(Path.of("/proc", pid, "stat"));
            return line.substring(line.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null; // ended meanwhile
        }
    }
}
