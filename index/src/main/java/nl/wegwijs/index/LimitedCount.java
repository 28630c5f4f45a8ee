package nl.wegwijs.index;

import java.util.Collection;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * How many documents a query matches, if not more than {@code limit}, visiting at most limit + 1 of
 * them: collection stops there (CollectionTerminatedException ends a segment, and every later segment
 * at once), so the answer costs at most the limit's matches, never the whole match set. Under the
 * limit every match was visited exactly once, so the count is the exact total and needs no second
 * counting pass; past it, the count says only {@link #OVER}.
 */
final class LimitedCount implements CollectorManager<SimpleCollector, Long> {
  /** What {@link #reduce} returns when more than the limit match: the count seen then is partial. */
  static final long OVER = -1;

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

  /** The exact number of matches, or {@link #OVER} when more than the limit match. */
  @Override
  public Long reduce(Collection<SimpleCollector> collectors) {
    long count = seen.get();
    return count > limit ? OVER : count;
  }
}
