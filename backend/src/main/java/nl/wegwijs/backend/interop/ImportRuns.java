package nl.wegwijs.backend.interop;

import nl.wegwijs.backend.tasks.BackgroundTasks;
import nl.wegwijs.backend.tasks.RunningTask;
import nl.wegwijs.backend.tasks.TaskKind;
import nl.wegwijs.backend.tasks.TaskProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Imports as editors follow them: a real import is one tracked run ({@link TaskKind#IMPORT}), so its
 * progress shows in the editor area and a second import while one runs is refused. The import itself
 * stays one transaction (see {@link BatchImport}): a failed run has written nothing.
 */
@Service
public class ImportRuns {

    private static final Logger log = LoggerFactory.getLogger(ImportRuns.class);

    private final HsdsImport hsds;
    private final CsvTransfer csv;
    private final BackgroundTasks tasks;
    private final InteropSettings settings;

    ImportRuns(HsdsImport hsds, CsvTransfer csv, BackgroundTasks tasks, InteropSettings settings) {
        this.hsds = hsds;
        this.csv = csv;
        this.tasks = tasks;
        this.settings = settings;
    }

    /** The largest file accepted, in bytes (the API and the editor screen share it). */
    public long maxUpload() {
        return settings.maxUpload().toBytes();
    }

    /** Checks every record and writes nothing. */
    public ImportReport dryRun(ImportFormat format, byte[] content) {
        checkSize(content);
        return run(format, content, true, TaskProgress.NONE);
    }

    /** Imports on the caller's thread (the API); refused with {@code TaskAlreadyRunningException} while one runs. */
    public ImportReport importNow(ImportFormat format, String label, byte[] content) {
        checkSize(content);
        RunningTask task = tasks.start(TaskKind.IMPORT, label);
        try {
            ImportReport report = run(format, content, false, task);
            end(task, report);
            return report;
        } catch (RuntimeException e) {
            fail(task, e);
            throw e;
        }
    }

    /** Imports on a background thread (the editor screen follows it through {@link BackgroundTasks}). */
    public void importInBackground(ImportFormat format, String label, byte[] content) {
        checkSize(content);
        tasks.startInBackground(TaskKind.IMPORT, label, task -> {
            try {
                end(task, run(format, content, false, task));
            } catch (RuntimeException e) {
                fail(task, e);
            }
        });
    }

    private ImportReport run(ImportFormat format, byte[] content, boolean dryRun, TaskProgress progress) {
        return switch (format) {
            case CSV -> csv.importCsv(content, dryRun, progress);
            case HSDS -> hsds.run(content, dryRun, progress);
        };
    }

    private static void end(RunningTask task, ImportReport report) {
        if (report.committed()) {
            task.finish("imported", report.imported(), report.skipped());
        } else {
            // All or nothing: one bad record and the file is refused as a whole.
            task.fail("problems", report.problems().size());
        }
    }

    private static void fail(RunningTask task, RuntimeException e) {
        if (e instanceof MalformedImportException) {
            task.fail("unreadable", e.getMessage());
        } else {
            log.error("Import '{}' failed; the transaction rolled back", task.snapshot().label(), e);
            task.fail("error", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private void checkSize(byte[] content) {
        if (content.length > maxUpload()) throw new UploadTooLargeException(maxUpload());
    }
}
