package nl.wegwijs.backend.tasks;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

/** Records every step of one kind of run in a running application, for tests that follow progress. */
public final class TaskEvents implements ApplicationListener<ApplicationEvent>, AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final TaskKind kind;
    private final List<BackgroundTask> seen = new CopyOnWriteArrayList<>();

    private TaskEvents(ConfigurableApplicationContext context, TaskKind kind) {
        this.context = context;
        this.kind = kind;
    }

    public static TaskEvents follow(ConfigurableApplicationContext context, TaskKind kind) {
        TaskEvents events = new TaskEvents(context, kind);
        context.addApplicationListener(events);
        return events;
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof PayloadApplicationEvent<?> p && p.getPayload() instanceof BackgroundTaskChanged c
                && c.task().kind() == kind) {
            seen.add(c.task());
        }
    }

    public List<BackgroundTask> seen() {
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        context.removeApplicationListener(this);
    }
}
