package nl.wegwijs.backend.crawlreview;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One run with its counts.
 *
 * @param pages pages handled (fetched, not modified or refused)
 * @param entries provisions the crawler extracted
 * @param proposals proposals put in the review queue
 * @param errors pages that failed (HTTP errors, timeouts, refused addresses ...) and entries that could not be proposed
 * @param message how it ended, for the editor
 */
public record RunSummary(UUID id, String sourceId, RunTrigger trigger, RunStatus status, @Nullable String startedBy,
        Instant queuedAt, @Nullable Instant startedAt, @Nullable Instant endedAt, int pages, int entries,
        int proposals, int errors, @Nullable String message) {}
