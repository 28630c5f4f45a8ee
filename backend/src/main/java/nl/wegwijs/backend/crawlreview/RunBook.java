package nl.wegwijs.backend.crawlreview;

import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.wegwijs.crawler.PageValidators;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every database write of a run, each in its own short transaction: a crawl takes minutes and must never hold a
 * transaction (or a connection) open for that long.
 */
@Service
@Transactional
class RunBook {

    private final SourceRunRepository runs;
    private final RunLogRepository log;
    private final CrawlSourceRepository sources;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    RunBook(SourceRunRepository runs, RunLogRepository log, CrawlSourceRepository sources, JdbcTemplate jdbc, Clock clock) {
        this.runs = runs;
        this.log = log;
        this.sources = sources;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Reserves the source's one active run. The unique partial index {@code crawl_run_one_active_per_source}
     * refuses a second one, whichever session, scheduler or application instance asks.
     *
     * @throws org.springframework.dao.DataIntegrityViolationException when the source already has an active run
     */
    UUID reserve(String sourceId, RunTrigger trigger, @Nullable String startedBy) {
        return runs.saveAndFlush(new SourceRun(sourceId, trigger, startedBy, clock.instant())).getId();
    }

    boolean markRunning(UUID id) {
        return runs.markRunning(id, clock.instant()) == 1;
    }

    void progress(UUID id, RunCounts counts) {
        runs.progress(id, counts.pages(), counts.entries(), counts.proposals(), counts.errors());
    }

    void log(UUID id, RunLogEntry.Level level, String message) {
        log.save(new RunLogLine(id, clock.instant(), level, message));
    }

    boolean end(UUID id, RunStatus status, @Nullable String message) {
        return runs.end(id, status, clock.instant(), message) == 1;
    }

    boolean requestStop(UUID id) {
        return runs.requestStop(id) == 1;
    }

    @Transactional(readOnly = true)
    boolean stopRequested(UUID id) {
        return runs.stopRequested(id);
    }

    @Transactional(readOnly = true)
    Optional<RunSummary> run(UUID id) {
        return runs.findById(id).map(SourceRun::summary);
    }

    @Transactional(readOnly = true)
    Optional<RunSummary> active(String sourceId) {
        return runs.findFirstBySourceIdAndStatusIn(sourceId, List.of(RunStatus.QUEUED, RunStatus.RUNNING))
                .map(SourceRun::summary);
    }

    @Transactional(readOnly = true)
    List<RunSummary> history(String sourceId, int limit) {
        return runs.findBySourceIdOrderByQueuedAtDesc(sourceId, PageRequest.of(0, limit)).stream()
                .map(SourceRun::summary).toList();
    }

    @Transactional(readOnly = true)
    List<RunLogEntry> logOf(UUID id) {
        return log.findByRunIdOrderById(id).stream().map(RunLogLine::entry).toList();
    }

    /** Ends every run a previous process left active; there is nothing to resume them from but the validators. */
    int interruptLeftovers(String message) {
        int n = 0;
        for (UUID id : runs.active()) {
            n += runs.end(id, RunStatus.INTERRUPTED, clock.instant(), message);
            log(id, RunLogEntry.Level.WARN, message);
        }
        return n;
    }

    @Transactional(readOnly = true)
    Optional<CrawlSource> source(String id) {
        return sources.findById(id);
    }

    @Transactional(readOnly = true)
    Map<URI, PageValidators> validators(String sourceId) {
        Map<URI, PageValidators> known = new HashMap<>();
        jdbc.query("select url, etag, last_modified, content_hash from crawl_page where source_id = ?", rs -> {
            try {
                known.put(URI.create(rs.getString(1)), new PageValidators(rs.getString(2), rs.getString(3), rs.getString(4)));
            } catch (IllegalArgumentException ignored) {
                // a stored URL that no longer parses is simply not revisited conditionally
            }
        }, sourceId);
        return known;
    }

    void storeValidators(String sourceId, Map<URI, PageValidators> pages) {
        var now = java.sql.Timestamp.from(clock.instant());
        jdbc.batchUpdate("""
                insert into crawl_page (source_id, url, etag, last_modified, content_hash, seen_at) values (?, ?, ?, ?, ?, ?)
                on conflict (source_id, url) do update set etag = excluded.etag, last_modified = excluded.last_modified,
                    content_hash = excluded.content_hash, seen_at = excluded.seen_at""",
                pages.entrySet().stream().filter(e -> e.getKey().toString().length() <= 2000)
                        .map(e -> new Object[] {sourceId, e.getKey().toString(), cut(e.getValue().etag(), 500),
                                cut(e.getValue().lastModified(), 100), e.getValue().contentHash(), now})
                        .toList());
    }

    void scheduleNext(String sourceId, java.time.@Nullable Instant next) {
        sources.findById(sourceId).ifPresent(s -> s.setNextRunAt(next));
    }

    @Transactional(readOnly = true)
    List<String> dueSources() {
        return sources.due(clock.instant()).stream().map(CrawlSource::getId).toList();
    }

    private static @Nullable String cut(@Nullable String s, int max) {
        return s == null || s.length() <= max ? s : null; // a cut validator would never match; better none
    }
}
