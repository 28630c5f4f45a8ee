package nl.wegwijs.backend.searching;

import java.net.URI;
import java.security.Principal;
import nl.wegwijs.backend.tasks.BackgroundTask;
import nl.wegwijs.backend.tasks.BackgroundTasks;
import nl.wegwijs.backend.tasks.TaskAlreadyRunningException;
import nl.wegwijs.backend.tasks.TaskKind;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admins start a full index rebuild over the API and follow it (the API security chain requires the
 * ADMIN role for this path, ahead of the editors' rule). 202: it runs in the background.
 */
@RestController
@RequestMapping("/api/v1/editor/index/rebuild")
class IndexRebuildController {

    private final IndexRebuilds rebuilds;
    private final BackgroundTasks tasks;

    IndexRebuildController(IndexRebuilds rebuilds, BackgroundTasks tasks) {
        this.rebuilds = rebuilds;
        this.tasks = tasks;
    }

    @PostMapping
    ResponseEntity<BackgroundTask> start(Principal admin) {
        rebuilds.startInBackground(admin.getName());
        return ResponseEntity.accepted().body(tasks.latest(TaskKind.INDEX_REBUILD).orElseThrow());
    }

    @GetMapping
    ResponseEntity<BackgroundTask> latest() {
        return ResponseEntity.of(tasks.latest(TaskKind.INDEX_REBUILD));
    }

    @ExceptionHandler(TaskAlreadyRunningException.class)
    ProblemDetail busy(TaskAlreadyRunningException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The search index is being rebuilt already; try again when it has finished.");
        problem.setTitle("Rebuild already running");
        problem.setType(URI.create("https://wegwijs.nl/problems/rebuild-running"));
        return problem;
    }
}
