package nl.wegwijs.backend.tasks;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Keeps track of long-running work (an HSDS or CSV import, a full index rebuild) so the editor area
 * can show its progress. In memory only: after a restart the work itself recovers (imports are one
 * transaction, the index is rebuilt when stale), so a lost progress bar loses nothing.
 */
@Service
public class BackgroundTasks {

    private static final int KEPT = 20;

    private final Clock clock;
    private final Deque<Handle> tasks = new ArrayDeque<>();

    BackgroundTasks(Clock clock) {
        this.clock = clock;
    }

    /**
     * Starts following a task.
     *
     * @param kind a stable key for the kind of work, e.g. {@code "index-rebuild"}, {@code "hsds-import"}
     * @param label what an editor reads, e.g. a file name
     * @param total the number of steps, or 0 when unknown
     */
    public synchronized TaskHandle start(String kind, String label, long total) {
        Handle handle = new Handle(UUID.randomUUID(), kind, label, clock.instant(), total);
        tasks.addFirst(handle);
        while (tasks.size() > KEPT) {
            tasks.removeLast();
        }
        return handle;
    }

    /** The most recent tasks, newest first, running ones included. */
    public synchronized List<TaskSnapshot> recent() {
        return tasks.stream().map(Handle::snapshot).toList();
    }

    /** Whether a task of this kind is running now. */
    public synchronized boolean running(String kind) {
        return tasks.stream().anyMatch(t -> t.kind.equals(kind) && t.snapshot().state() == TaskState.RUNNING);
    }

    /** The handle the worker uses to report progress. Thread-safe. */
    public interface TaskHandle {
        void total(long total);

        void advance(long steps);

        void finish(String outcome);

        void fail(String message);
    }

    public enum TaskState {
        RUNNING, FINISHED, FAILED
    }

    /** What the editor area shows for one task. {@code total} is 0 when unknown. */
    public record TaskSnapshot(
            UUID id, String kind, String label, Instant started, @Nullable Instant ended,
            long done, long total, TaskState state, @Nullable String outcome) {

        /** Fraction done between 0 and 1, or -1 when the total is unknown. */
        public double fraction() {
            return total <= 0 ? -1 : Math.min(1.0, (double) done / total);
        }
    }

    private final class Handle implements TaskHandle {
        private final UUID id;
        private final String kind;
        private final String label;
        private final Instant started;
        private final AtomicLong done = new AtomicLong();
        private volatile long total;
        private volatile @Nullable Instant ended;
        private volatile TaskState state = TaskState.RUNNING;
        private volatile @Nullable String outcome;

        Handle(UUID id, String kind, String label, Instant started, long total) {
            this.id = id;
            this.kind = kind;
            this.label = label;
            this.started = started;
            this.total = total;
        }

        @Override
        public void total(long total) {
            this.total = total;
        }

        @Override
        public void advance(long steps) {
            done.addAndGet(steps);
        }

        @Override
        public void finish(String outcome) {
            end(TaskState.FINISHED, outcome);
        }

        @Override
        public void fail(String message) {
            end(TaskState.FAILED, message);
        }

        private void end(TaskState state, String outcome) {
            if (this.state != TaskState.RUNNING) {
                return;
            }
            this.outcome = outcome;
            this.ended = clock.instant();
            this.state = state;
        }

        TaskSnapshot snapshot() {
            return new TaskSnapshot(id, kind, label, started, ended, done.get(), total, state, outcome);
        }
    }
}
