package nl.wegwijs.backend.searching;

import nl.wegwijs.backend.tasks.BackgroundTasks;
import nl.wegwijs.backend.tasks.TaskKind;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** A full index rebuild on request of an admin, followed in the editor area like an import. */
@Service
public class IndexRebuilds {

    private final IndexMaintainer maintainer;
    private final BackgroundTasks tasks;

    IndexRebuilds(IndexMaintainer maintainer, BackgroundTasks tasks) {
        this.maintainer = maintainer;
        this.tasks = tasks;
    }

    /**
     * Starts a rebuild on a background thread; refused with {@code TaskAlreadyRunningException} while one
     * runs. Searches keep being answered from the old index meanwhile.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void startInBackground(String startedBy) {
        tasks.startInBackground(TaskKind.INDEX_REBUILD, startedBy, maintainer::rebuild);
    }
}
