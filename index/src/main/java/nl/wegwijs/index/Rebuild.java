package nl.wegwijs.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import nl.wegwijs.index.indexing.DocumentMapper;
import nl.wegwijs.index.indexing.Fields;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SlowCodecReaderWrapper;
import org.apache.lucene.index.Term;

/**
 * One run of {@link CatalogueIndex#replaceAll}: empties the writer and fills it from a stream, on
 * all cores for a large stream. If the stream (or the mapping of an entry) fails, the writer is put
 * back to the view searches saw before the rebuild plus the edits made since, because IndexWriter
 * cannot roll back to its last commit without closing, and one writer per index is the rule
 * (conventions habit 10).
 */
final class Rebuild {
  /** Entries that are being added right now; a failed run waits for them before restoring. */
  private final AtomicInteger adding = new AtomicInteger();
  private final AtomicBoolean failed = new AtomicBoolean();
  /** Upserts (present) and deletes (empty) made while this run is in flight, by id. */
  private final Map<String, Optional<IndexedEntry>> edits = new ConcurrentHashMap<>();
  private final IndexWriter writer;

  Rebuild(IndexWriter writer) {
    this.writer = writer;
  }

  /** An edit that arrives during the run; recorded before the writer sees it, so a restore can replay it. */
  void recordUpsert(IndexedEntry entry) {
    edits.put(entry.id(), Optional.of(entry));
  }

  void recordDelete(String id) {
    edits.put(id, Optional.empty());
  }

  /**
   * Empties the writer and adds every entry; {@code before} is the view searches see now. On
   * failure the writer holds {@code before} plus the edits again and the exception propagates.
   */
  void fill(Stream<IndexedEntry> entries, IndexReader before, long parallelFrom) throws IOException {
    writer.deleteAll();
    // parallel() first: the spliterator of a sequential pipeline (list.stream().map(..)) never splits.
    Spliterator<IndexedEntry> all = entries.parallel().spliterator();
    boolean parallel = all.getExactSizeIfKnown() >= parallelFrom && Runtime.getRuntime().availableProcessors() > 1;
    try {
      // addDocument, not updateDocument: the index was just emptied, so there is nothing to
      // replace, and a delete term per entry costs a term lookup per entry at every flush.
      StreamSupport.stream(all, parallel).forEach(this::add);
    } catch (UncheckedIOException e) {
      IOException cause = ioCause(e);
      restore(before, cause);
      throw cause;
    } catch (RuntimeException | Error e) {
      restore(before, e);
      throw e;
    }
  }

  private void add(IndexedEntry entry) {
    adding.incrementAndGet();
    try {
      if (failed.get()) {
        return; // another worker failed: the run is being undone
      }
      writer.addDocument(DocumentMapper.toDocument(entry));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      adding.decrementAndGet();
    }
  }

  /**
   * A parallel forEach rethrows the first worker's exception while other workers may still be
   * adding; they are waited for, so none of their documents lands after the restore.
   */
  private void restore(IndexReader before, Throwable failure) {
    failed.set(true);
    while (adding.get() > 0) {
      Thread.onSpinWait();
    }
    try {
      writer.deleteAll();
      // The old view's segments are still on disk: an open NRT reader holds their files.
      writer.addIndexes(codecReaders(before));
      for (var edit : edits.entrySet()) {
        Term id = new Term(Fields.ID, edit.getKey());
        if (edit.getValue().isPresent()) {
          writer.updateDocument(id, DocumentMapper.toDocument(edit.getValue().get()));
        } else {
          writer.deleteDocuments(id);
        }
      }
    } catch (IOException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  private static CodecReader[] codecReaders(IndexReader reader) throws IOException {
    List<CodecReader> out = new ArrayList<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      out.add(leaf.reader() instanceof CodecReader c ? c : SlowCodecReaderWrapper.wrap(leaf.reader()));
    }
    return out.toArray(CodecReader[]::new);
  }

  /** A parallel stream may rethrow a worker's exception wrapped in a copy of itself. */
  private static IOException ioCause(UncheckedIOException e) {
    Throwable t = e;
    while (t instanceof UncheckedIOException u && u.getCause() != null) {
      t = u.getCause();
    }
    return t instanceof IOException io ? io : new IOException(t);
  }
}
