package nl.wegwijs.index;

import java.io.IOException;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.CollectorManager;
import org.jspecify.annotations.Nullable;

/**
 * The match set of a query for facet counting, collected the way FacetsCollector does (a doc id set
 * per segment), if it holds at most {@code limit} documents; null if it holds more. Collection stops
 * at the first match past the limit, as in LimitedCount, so a search near the count limit visits its
 * matches once instead of counting them and then collecting them again.
 *
 * <p>A stopped collection is partial (the segment it stopped in, and every later one, are missing or
 * cut short), so it is never returned: past the limit the caller takes its sample pass instead.
 */
final class LimitedMatches implements CollectorManager<LimitedMatches.Collecting, @Nullable FacetsCollector> {
  private final long limit;
  private final AtomicLong seen = new AtomicLong();

  LimitedMatches(long limit) {
    this.limit = limit;
  }

  /** A FacetsCollector that stops once the matches of all slices together pass the limit. */
  final class Collecting extends FacetsCollector {
    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      if (seen.get() > limit) {
        throw new CollectionTerminatedException();
      }
      super.doSetNextReader(context);
    }

    @Override
    public void collect(int doc) throws IOException {
      if (seen.incrementAndGet() > limit) {
        throw new CollectionTerminatedException();
      }
      super.collect(doc);
    }
  }

  @Override
  public Collecting newCollector() {
    return new Collecting();
  }

  /** Every match, per segment, when at most the limit matched; null (over the limit) otherwise. */
  @Override
  public @Nullable FacetsCollector reduce(Collection<Collecting> collectors) throws IOException {
    if (seen.get() > limit) {
      return null;
    }
    return new FacetsCollectorManager().reduce(java.util.List.<FacetsCollector>copyOf(collectors));
  }
}
