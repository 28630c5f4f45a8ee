package nl.wegwijs.index;

import java.util.Collection;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Whether a query matches more than {@code limit} documents, visiting at most limit + 1 of them:
 * collection stops there (CollectionTerminatedException ends a segment, and every later segment at
 * once), so the answer costs at most the limit's matches, never the whole match set.
 */
final class LimitedCount implements CollectorManager<SimpleCollector, Boolean> {
  private final long limit;
  private final AtomicLong seen = new AtomicLong();

  LimitedCount(long limit) {
    this.limit = limit;
  }

  @Override
  public SimpleCollector newCollector() {
    return new SimpleCollector() {
      @Override
      protected void doSetNextReader(LeafReaderContext context) {
        if (seen.get() > limit) {
          throw new CollectionTerminatedException();
        }
      }

      @Override
      public void collect(int doc) {
        if (seen.incrementAndGet() > limit) {
          throw new CollectionTerminatedException();
        }
      }

      @Override
      public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
      }
    };
  }

  @Override
  public Boolean reduce(Collection<SimpleCollector> collectors) {
    return seen.get() > limit;
  }
}
