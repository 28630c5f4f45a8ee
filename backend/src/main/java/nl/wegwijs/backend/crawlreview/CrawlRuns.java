package nl.wegwijs.backend.crawlreview;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * Starting, stopping and watching crawls: "crawl now", the schedule, the run history with counts and log.
 * Transactions live in {@link RunBook}; a run itself runs outside any transaction.
 */
@Service
public class CrawlRuns {

    private static final Logger log = LoggerFactory.getLogger(CrawlRuns.class);

    private final RunBook book;
    private final CrawlWorker worker;
    private final Clock clock;

    CrawlRuns(RunBook book, CrawlWorker worker, Clock clock) {
        this.book = book;
        this.worker = worker;
        this.clock = clock;
    }

    /**
     * Starts a crawl of the source now (also when the source is switched off: off only stops the schedule).
     *
     * @param startedBy the editor's name, for the history
     * @throws CrawlAlreadyRunningException when the source has an active run
     * @throws IllegalArgumentException for an unknown source
     */
    public UUID startNow(String sourceId, @Nullable String startedBy) {
        if (book.source(sourceId).isEmpty()) throw new IllegalArgumentException("Unknown source: " + sourceId);
        return start(sourceId, RunTrigger.MANUAL, startedBy);
    }

    /**
     * Asks a run to stop after its current page. A run no process is working on (its process is gone) is ended
     * at once.
     *
     * @return false when the run had already ended
     */
    public boolean stop(UUID runId) {
        if (!book.requestStop(runId)) return false;
        if (!worker.stop(runId) && book.end(runId, RunStatus.CANCELLED, "Stopped; no process was working on it")) {
            book.log(runId, RunLogEntry.Level.WARN, "Stopped while no process was working on it");
        }
        return true;
    }

    public Optional<RunSummary> run(UUID runId) {
        return book.run(runId);
    }

    public Optional<RunSummary> activeRun(String sourceId) {
        return book.active(sourceId);
    }

    /** The newest runs first. */
    public List<RunSummary> history(String sourceId, int limit) {
        return book.history(sourceId, Math.max(1, Math.min(limit, 200)));
    }

    public List<RunLogEntry> log(UUID runId) {
        return book.logOf(runId);
    }

    /** Starts every enabled source whose next run is due and moves its next run on; a busy source waits a turn. */
    void startDue() {
        for (String sourceId : book.dueSources()) {
            book.source(sourceId).map(CrawlSource::getSchedule).flatMap(Schedule::parse).ifPresent(schedule ->
                    book.scheduleNext(sourceId, schedule.next(clock.instant(), clock.getZone())));
            try {
                start(sourceId, RunTrigger.SCHEDULED, null);
            } catch (CrawlAlreadyRunningException e) {
                log.info("Scheduled crawl of {} skipped: the previous run is still active", sourceId);
            }
        }
    }

    private UUID start(String sourceId, RunTrigger trigger, @Nullable String startedBy) {
        UUID runId;
        try {
            runId = book.reserve(sourceId, trigger, startedBy);
        } catch (DataIntegrityViolationException e) {
            throw new CrawlAlreadyRunningException(sourceId);
        }
        book.log(runId, RunLogEntry.Level.INFO, trigger == RunTrigger.MANUAL
                ? "Queued by " + (startedBy == null ? "an editor" : startedBy) : "Queued by the schedule");
        worker.submit(runId, sourceId);
        return runId;
    }
}
