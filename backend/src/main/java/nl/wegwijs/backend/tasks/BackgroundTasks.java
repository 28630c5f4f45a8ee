package nl.wegwijs.backend.tasks;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The latest run of each kind of long work (an HSDS or CSV import, a full index rebuild), so the editor
 * area can show its progress. In memory only: after a restart the work itself recovers (an import is
 * one transaction, a stale index is rebuilt at start), so a lost progress bar loses nothing.
 */
@Service
public class BackgroundTasks {

    private static final Logger log = LoggerFactory.getLogger(BackgroundTasks.class);

    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Map<TaskKind, RunningTask> latest = new EnumMap<>(TaskKind.class);
    private final ExecutorService background = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "background-task");
        t.setDaemon(true);
        return t;
    });

    BackgroundTasks(Clock clock, ApplicationEventPublisher events) {
        this.clock = clock;
        this.events = events;
    }

    /** Starts following a run on the caller's thread. */
    public synchronized RunningTask start(TaskKind kind, String label) {
        RunningTask current = latest.get(kind);
        if (current != null && current.snapshot().running()) throw new TaskAlreadyRunningException(current.snapshot());
        RunningTask task = new RunningTask(kind, label, clock, t -> events.publishEvent(new BackgroundTaskChanged(t)));
        latest.put(kind, task);
        events.publishEvent(new BackgroundTaskChanged(task.snapshot()));
        return task;
    }

    /** Like {@link #start}, but work that must happen anyway (a rebuild after an import) runs untracked instead. */
    public synchronized RunningTask startOrUntracked(TaskKind kind, String label) {
        RunningTask current = latest.get(kind);
        return current != null && current.snapshot().running() ? RunningTask.untracked(kind) : start(kind, label);
    }

    /**
     * Claims the kind now (so a second click is refused at once) and runs the work on a background thread.
     * Work that throws ends the run as failed with {@code "error"} and the exception's message.
     */
    public void startInBackground(TaskKind kind, String label, Consumer<RunningTask> work) {
        RunningTask task = start(kind, label);
        background.execute(() -> {
            try {
                work.accept(task);
                task.finish("done");
            } catch (RuntimeException e) {
                log.error("{} '{}' failed", kind, label, e);
                task.fail("error", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        });
    }

    public synchronized Optional<BackgroundTask> latest(TaskKind kind) {
        return Optional.ofNullable(latest.get(kind)).map(RunningTask::snapshot);
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}
