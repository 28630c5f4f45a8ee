package nl.wegwijs.backend.crawlreview;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One stored log line of a run; written once, never changed. */
@Entity
@Table(name = "crawl_run_log")
class RunLogLine {

    static final int MAX_MESSAGE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private UUID runId;
    private Instant at;

    @Enumerated(EnumType.STRING)
    private RunLogEntry.Level level;

    private String message;

    protected RunLogLine() {}

    RunLogLine(UUID runId, Instant at, RunLogEntry.Level level, String message) {
        this.runId = runId;
        this.at = at;
        this.level = level;
        this.message = message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE - 1) + "…" : message;
    }

    RunLogEntry entry() {
        return new RunLogEntry(at, level, message);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RunLogLine other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return RunLogLine.class.hashCode();
    }
}
