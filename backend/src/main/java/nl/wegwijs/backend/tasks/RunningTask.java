package nl.wegwijs.backend.tasks;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** The worker's side of one run: report progress, then finish or fail once. Thread-safe. */
public final class RunningTask implements TaskProgress {

    private final Clock clock;
    private final Consumer<BackgroundTask> changed;
    private BackgroundTask now;

    RunningTask(TaskKind kind, String label, Clock clock, Consumer<BackgroundTask> changed) {
        this.clock = clock;
        this.changed = changed;
        this.now = new BackgroundTask(kind, label, 0, 0, TaskState.RUNNING, clock.instant(), null, null, List.of());
    }

    /** For runs nobody follows (e.g. a rebuild while an editor's rebuild is being shown). */
    public static RunningTask untracked(TaskKind kind) {
        return new RunningTask(kind, "", Clock.systemUTC(), t -> {});
    }

    @Override
    public void total(long total) {
        update(t -> new BackgroundTask(t.kind(), t.label(), t.done(), total, t.state(), t.started(), null, null, List.of()));
    }

    @Override
    public void done(long done) {
        update(t -> new BackgroundTask(t.kind(), t.label(), done, t.total(), t.state(), t.started(), null, null, List.of()));
    }

    /** @param message the outcome's key, e.g. {@code "imported"}; details are its arguments */
    public void finish(String message, Object... details) {
        end(TaskState.DONE, message, details);
    }

    public void fail(String message, Object... details) {
        end(TaskState.FAILED, message, details);
    }

    public synchronized BackgroundTask snapshot() {
        return now;
    }

    private void end(TaskState state, String message, Object[] details) {
        Instant finished = clock.instant();
        List<String> texts = java.util.Arrays.stream(details).map(String::valueOf).toList();
        update(t -> new BackgroundTask(t.kind(), t.label(), t.done(), t.total(), state, t.started(), finished, message, texts));
    }

    private void update(java.util.function.UnaryOperator<BackgroundTask> change) {
        BackgroundTask next;
        synchronized (this) {
            if (!now.running()) return; // an ended run stays as it ended
            next = change.apply(now);
            now = next;
        }
        changed.accept(next);
    }
}
