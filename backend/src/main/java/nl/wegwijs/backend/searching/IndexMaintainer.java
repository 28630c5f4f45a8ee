package nl.wegwijs.backend.searching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import nl.wegwijs.backend.catalogue.CatalogueReloaded;
import nl.wegwijs.backend.catalogue.CatalogueService;
import nl.wegwijs.backend.catalogue.EntryChanged;
import nl.wegwijs.backend.tasks.BackgroundTasks;
import nl.wegwijs.backend.tasks.RunningTask;
import nl.wegwijs.backend.tasks.TaskKind;
import nl.wegwijs.index.CatalogueIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the index a faithful copy of the published catalogue. PostgreSQL is the source of truth: at
 * start the index carries the catalogue stamp of its last commit, and a missing or stale index is
 * rebuilt online from the database.
 */
@Component
class IndexMaintainer {

    static final String STAMP = "catalogueStamp";
    /** Progress is reported every so many entries: often enough for a bar, rare enough to cost nothing. */
    private static final int PROGRESS_STEP = 100;
    private static final Logger log = LoggerFactory.getLogger(IndexMaintainer.class);

    private final CatalogueIndex index;
    private final CatalogueService catalogue;
    private final IndexOutbox outbox;
    private final java.time.Clock clock;
    private final BackgroundTasks tasks;
    private final PublishedEntryStream published;
    private final AtomicBoolean dirty = new AtomicBoolean();
    private final ChangedDuringRebuild changedDuringRebuild = new ChangedDuringRebuild();
    /** Not {@code this}: single edits must not wait for a running rebuild (which holds {@code this}). */
    private final Object updates = new Object();

    IndexMaintainer(CatalogueIndex index, CatalogueService catalogue, IndexOutbox outbox, java.time.Clock clock,
            BackgroundTasks tasks, PublishedEntryStream published) {
        this.index = index;
        this.published = published;
        this.catalogue = catalogue;
        this.outbox = outbox;
        this.clock = clock;
        this.tasks = tasks;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildWhenStale() throws IOException {
        String expected = catalogue.stamp().asText();
        String actual = index.commitData().get(STAMP);
        if (!expected.equals(actual) || index.documentCount() != catalogue.publishedCount()) {
            log.info("Search index is {} (stamp {} vs {}); rebuilding from the database",
                    actual == null ? "missing" : "stale", actual, expected);
            rebuild();
        }
        drainOutbox();
    }

    /** A full online rebuild: searches keep being answered from the old index until it is done. */
    synchronized void rebuild() {
        // Shown in the editor area unless an editor's own rebuild is already being shown (it waits for this one).
        rebuild(tasks.startOrUntracked(TaskKind.INDEX_REBUILD, "automatic"));
    }

    /**
     * The same, reporting to {@code task}: entries indexed of the published count. The entries stream
     * from one PostgreSQL snapshot straight into the index (bounded memory, reading overlaps
     * indexing). Edits committed while it runs are not in that snapshot, and an edit indexed during
     * the rebuild may be overwritten by the snapshot's older copy; so each entry changed meanwhile is
     * indexed again from the database once the rebuild is done.
     */
    synchronized void rebuild(RunningTask task) {
        var started = clock.instant();
        String stamp = catalogue.stamp().asText();
        changedDuringRebuild.begin();
        long total = 0;
        try (var reading = published.open()) {
            total = reading.size();
            task.total(total);
            AtomicLong indexed = new AtomicLong();
            index.replaceAll(reading.stream().peek(e -> {
                long n = indexed.incrementAndGet();
                if (n % PROGRESS_STEP == 0) task.done(n);
            }), Map.of(STAMP, stamp));
            index.refreshNow();
        } catch (IOException | RuntimeException e) {
            changedDuringRebuild.end().forEach(this::indexFromOutbox);
            task.fail("error", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            if (e instanceof RuntimeException runtime) throw runtime;
            throw new UncheckedIOException("Rebuilding the search index failed", (IOException) e);
        }
        dirty.set(false);
        changedDuringRebuild.end().forEach(this::indexFromOutbox);
        outbox.coveredBy(started);
        task.done(total);
        task.finish("rebuilt", total);
        log.info("Search index rebuilt with {} entries in {} ms (reader thread CPU {} ms)", total,
                java.time.Duration.between(started, clock.instant()).toMillis(), published.lastReaderCpuNanos() / 1_000_000);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(CatalogueReloaded event) {
        rebuild();
    }

    /** The fast path: index right after the commit. The outbox row (written in the transaction) is the safety net. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(EntryChanged event) {
        indexFromOutbox(event.entryId());
    }

    /** Retries whatever the fast path could not index (index unavailable, or the app stopped in between). */
    @Scheduled(fixedDelayString = "${wegwijs.search.outbox-interval:2s}")
    void drainOutbox() {
        outbox.pending(200).forEach(this::indexFromOutbox);
    }

    private void indexFromOutbox(String entryId) {
        changedDuringRebuild.record(entryId);
        // One at a time: two threads reading versions 1 and 2 of an entry could otherwise write them in the wrong order.
        synchronized (updates) {
            indexNow(entryId);
        }
    }

    private void indexNow(String entryId) {
        try {
            var document = catalogue.withEntry(entryId,
                    entry -> entry.isPublished() ? IndexedEntryMapper.toIndexed(entry) : null);
            if (document.isPresent()) {
                index.upsert(document.get());
            } else {
                index.delete(entryId);
            }
            dirty.set(true);
            outbox.done(entryId);
        } catch (IOException | RuntimeException e) {
            log.warn("Entry {} is saved but not yet indexed; it stays in the outbox for a retry: {}", entryId, e.toString());
            outbox.failed(entryId, e.toString());
        }
    }

    /** Near-real-time visibility comes from the SearcherManager; this makes the changes durable. */
    @Scheduled(fixedDelayString = "${wegwijs.search.commit-interval:5s}")
    void commitChanges() throws IOException {
        if (dirty.getAndSet(false)) {
            index.commit(Map.of(STAMP, catalogue.stamp().asText()));
        }
    }
}
