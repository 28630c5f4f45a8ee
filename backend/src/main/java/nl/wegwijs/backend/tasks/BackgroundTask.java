package nl.wegwijs.backend.tasks;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the editor area shows of one run: how far it is ({@code done} of {@code total}; total 0 while
 * unknown) and how it ended. {@code message} is a stable key for the outcome (e.g. {@code "imported"});
 * the portal turns it and its {@code details} into a Dutch sentence.
 */
public record BackgroundTask(TaskKind kind, String label, long done, long total, TaskState state, Instant started,
        @Nullable Instant finished, @Nullable String message, List<String> details) {

    /** Fraction done between 0 and 1, or -1 while the total is unknown. */
    public double fraction() {
        return total <= 0 ? -1 : Math.min(1.0, (double) done / total);
    }

    public boolean running() {
        return state == TaskState.RUNNING;
    }
}
