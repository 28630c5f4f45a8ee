package nl.wegwijs.backend.searching;

import java.lang.management.ManagementFactory;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import nl.wegwijs.index.IndexedEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Streams the published catalogue out of PostgreSQL for a rebuild with bounded memory: a reader
 * thread walks a server-side cursor (a fetch size inside a transaction; with autocommit the
 * PostgreSQL driver would load every row first) and hands documents to the indexing threads
 * through a small queue, so reading and indexing overlap and at most two fetches of documents
 * wait in between, whatever the size of the catalogue.
 */
@Component
class PublishedEntryStream {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;
    private final int queueSize;
    /** CPU time of the last reading's thread (SQL round trips, decoding, mapping), for the rebuild's log line. */
    private volatile long lastReaderCpuNanos = -1;

    /** @param fetchSize rows per round trip of the cursor; twice as many documents may wait in the queue */
    PublishedEntryStream(DataSource dataSource, PlatformTransactionManager transactions,
            @Value("${wegwijs.search.rebuild-fetch-size:1000}") int fetchSize) {
        // Its own template: setting a fetch size on the shared JdbcTemplate bean would change every other query.
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(fetchSize);
        this.queueSize = 2 * fetchSize;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        // The count and the rows come from one snapshot, so the stream's size is exact.
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /**
     * Starts reading. The snapshot is taken before this returns, so every change committed after
     * this call is missing from the stream and must be applied after the rebuild.
     */
    Reading open() {
        Reading reading = new Reading(queueSize);
        Thread reader = new Thread(() -> read(reading), "index-rebuild-reader");
        reader.setDaemon(true);
        reading.reader = reader;
        reader.start();
        reading.size();
        return reading;
    }

    private void read(Reading reading) {
        try {
            snapshot.executeWithoutResult(status -> {
                Long count = jdbc.queryForObject(PublishedEntryRows.COUNT, Long.class);
                reading.count.complete(count == null ? 0 : count);
                jdbc.query(PublishedEntryRows.select(), (RowCallbackHandler) rs -> reading.put(PublishedEntryRows.toIndexed(rs)));
            });
        } catch (Throwable t) {
            reading.failure = t;
            reading.count.completeExceptionally(t);
        } finally {
            lastReaderCpuNanos = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            reading.finished = true;
        }
    }

    /** The reader thread's CPU time of the last finished reading, -1 before the first or where the JVM cannot tell. */
    long lastReaderCpuNanos() {
        return lastReaderCpuNanos;
    }

    /** One rebuild's read: a stream of exactly {@link #size()} documents. Close it when done (or failed). */
    static final class Reading implements AutoCloseable {

        private final BlockingQueue<IndexedEntry> queue;
        private final CompletableFuture<Long> count = new CompletableFuture<>();
        private volatile @Nullable Throwable failure;
        private volatile boolean finished;
        private volatile boolean cancelled;
        private @Nullable Thread reader;

        private Reading(int queueSize) {
            this.queue = new ArrayBlockingQueue<>(queueSize);
        }

        /** Published entries in the snapshot. */
        long size() {
            try {
                return count.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("Reading the catalogue failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while reading the catalogue", e);
            }
        }

        /** A sized, splittable stream: CatalogueIndex.replaceAll indexes it on all cores. */
        Stream<IndexedEntry> stream() {
            return StreamSupport.stream(new QueueSlots(this, 0, size()), false);
        }

        private void put(IndexedEntry entry) {
            try {
                while (!queue.offer(entry, 100, TimeUnit.MILLISECONDS)) {
                    if (cancelled) throw new CancellationException("The rebuild stopped reading");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("Interrupted");
            }
        }

        IndexedEntry take() {
            try {
                while (true) {
                    IndexedEntry next = queue.poll(100, TimeUnit.MILLISECONDS);
                    if (next != null) return next;
                    Throwable failed = failure;
                    if (failed != null) throw new IllegalStateException("Reading the catalogue failed", failed);
                    if (finished && queue.isEmpty()) throw new IllegalStateException("The catalogue ended before its count");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while reading the catalogue", e);
            }
        }

        /** Stops the reader (if the indexing side failed) and waits until its transaction is over. */
        @Override
        public void close() {
            cancelled = true;
            Thread thread = reader;
            if (thread == null) return;
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
