package nl.wegwijs.backend.crawlreview;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One crawl of one source. Inserted when reserved; the worker then updates counts and status with targeted
 * queries ({@link SourceRunRepository}), so a stop request written meanwhile is never overwritten.
 */
@Entity
@Table(name = "crawl_run")
class SourceRun {

    @Id
    private UUID id;

    private String sourceId;

    @Enumerated(EnumType.STRING)
    private RunTrigger trigger;

    @Enumerated(EnumType.STRING)
    private RunStatus status;

    private @Nullable String startedBy;
    private Instant queuedAt;
    private @Nullable Instant startedAt;
    private @Nullable Instant endedAt;
    private int pages;
    private int entries;
    private int proposals;
    private int errors;
    private boolean stopRequested;
    private @Nullable String message;

    protected SourceRun() {}

    SourceRun(String sourceId, RunTrigger trigger, @Nullable String startedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.sourceId = sourceId;
        this.trigger = trigger;
        this.status = RunStatus.QUEUED;
        this.startedBy = startedBy;
        this.queuedAt = now;
    }

    UUID getId() { return id; }
    String getSourceId() { return sourceId; }
    RunStatus getStatus() { return status; }
    boolean isStopRequested() { return stopRequested; }

    RunSummary summary() {
        return new RunSummary(id, sourceId, trigger, status, startedBy, queuedAt, startedAt, endedAt, pages, entries,
                proposals, errors, message);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceRun other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return SourceRun.class.hashCode();
    }
}
