package nl.wegwijs.backend.searching;

import java.util.Spliterator;
import java.util.function.Consumer;
import nl.wegwijs.index.IndexedEntry;
import org.jspecify.annotations.Nullable;

/**
 * A range of the next {@code to - from} documents of a {@link PublishedEntryStream.Reading}. Splitting
 * divides the range, not the data: no split ever holds documents, each part takes its share from the
 * shared queue as it indexes. A parallel stream therefore runs on all cores with only the queue in
 * memory (a spliterator over an iterator would copy ever larger batches into arrays instead).
 */
final class QueueSlots implements Spliterator<IndexedEntry> {

    /** Below this a part is not split further; the queue balances the work anyway. */
    private static final long MIN_SPLIT = 1_000;

    private final PublishedEntryStream.Reading source;
    private long from;
    private final long to;

    QueueSlots(PublishedEntryStream.Reading source, long from, long to) {
        this.source = source;
        this.from = from;
        this.to = to;
    }

    @Override
    public boolean tryAdvance(Consumer<? super IndexedEntry> action) {
        if (from >= to) return false;
        from++;
        action.accept(source.take());
        return true;
    }

    @Override
    public @Nullable Spliterator<IndexedEntry> trySplit() {
        long size = to - from;
        if (size < 2 * MIN_SPLIT) return null;
        long mid = from + size / 2;
        QueueSlots first = new QueueSlots(source, from, mid);
        from = mid;
        return first;
    }

    @Override
    public long estimateSize() {
        return to - from;
    }

    @Override
    public int characteristics() {
        // Not ORDERED: parts take from the queue in whatever order they run.
        return SIZED | SUBSIZED | NONNULL;
    }
}
