package nl.wegwijs.portal.importing;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.Optional;
import nl.wegwijs.backend.tasks.BackgroundTask;
import nl.wegwijs.backend.tasks.TaskKind;

/**
 * The latest run of one kind of work: a bar (done of total) while it runs, then its outcome in Dutch.
 * Knows no services: the view hands it what the registry says on every poll.
 */
class TaskProgressPanel extends Div {

    private final TaskKind kind;
    private final ProgressBar bar = new ProgressBar();
    private final Paragraph text = new Paragraph();

    TaskProgressPanel(TaskKind kind) {
        this.kind = kind;
        addClassName("task-progress");
        getElement().setAttribute("data-task", kind.name());
        // A screen reader announces the outcome when the text changes.
        text.getElement().setAttribute("aria-live", "polite");
        bar.setVisible(false);
        add(bar, text);
    }

    void show(Optional<BackgroundTask> latest) {
        if (latest.isEmpty()) {
            bar.setVisible(false);
            text.setText(getTranslation("editor.tasks.never"));
            return;
        }
        BackgroundTask task = latest.get();
        String prefix = "editor.tasks." + kind.name() + ".";
        bar.setVisible(task.running() || task.total() > 0);
        if (task.fraction() < 0) {
            bar.setIndeterminate(task.running());
            bar.setValue(task.running() ? 0 : 1);
        } else {
            bar.setIndeterminate(false);
            bar.setValue(task.fraction());
        }
        bar.getElement().setAttribute("aria-label", getTranslation(prefix + "bar"));
        if (task.running()) {
            text.setText(task.total() <= 0 ? getTranslation(prefix + "starting", task.label())
                    : getTranslation(prefix + "running", task.label(), task.done(), task.total()));
            return;
        }
        Object[] details = task.details().toArray();
        String outcome = getTranslation(prefix + task.message(), details);
        if (outcome.startsWith("!")) outcome = getTranslation("editor.tasks." + task.state().name(), task.label());
        text.setText(outcome);
    }
}
