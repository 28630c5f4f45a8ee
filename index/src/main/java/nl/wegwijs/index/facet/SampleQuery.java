package nl.wegwijs.index.facet;

import java.io.IOException;
import java.util.SplittableRandom;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * A random share of each segment's documents, each document in it with probability {@code rate},
 * independently (geometric gaps, as Elasticsearch's random_sampler aggregation samples): put as a
 * filter next to a counting query it is the cheapest clause, so the conjunction leads with it and
 * the counting query only advances to the sampled documents instead of visiting all its matches.
 * The same seed gives the same sample, so the same search gives the same estimates.
 */
public final class SampleQuery extends Query {
  private final double rate;
  private final long seed;

  /** {@code rate} in (0, 1]. */
  public SampleQuery(double rate, long seed) {
    if (!(rate > 0 && rate <= 1)) {
      throw new IllegalArgumentException("rate must be in (0, 1]: " + rate);
    }
    this.rate = rate;
    this.seed = seed;
  }

  public double rate() {
    return rate;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext context) {
        int maxDoc = context.reader().maxDoc();
        // Per segment its own stream: a sample never depends on the order segments are visited in.
        var iterator = iterator(maxDoc, context.docBase, rate, seed);
        return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, iterator));
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return false; // one-off per estimate; caching it would only push useful filters out
      }
    };
  }

  /** The sample of one segment of {@code maxDoc} documents by itself, e.g. to count a sample of collected matches. */
  public static DocIdSetIterator iterator(int maxDoc, int docBase, double rate, long seed) {
    return new Gaps(maxDoc, rate, new SplittableRandom(seed ^ (31L * docBase + maxDoc)));
  }

  /** Documents with independent probability {@code rate}: gaps drawn from the geometric distribution. */
  private static final class Gaps extends DocIdSetIterator {
    private final int maxDoc;
    private final double rate;
    private final double logMiss;
    private final SplittableRandom random;
    private int doc = -1;

    Gaps(int maxDoc, double rate, SplittableRandom random) {
      this.maxDoc = maxDoc;
      this.rate = rate;
      this.logMiss = rate >= 1 ? Double.NEGATIVE_INFINITY : Math.log1p(-rate);
      this.random = random;
    }

    @Override
    public int docID() {
      return doc;
    }

    @Override
    public int nextDoc() {
      // Skipped documents before the next sampled one: floor(ln U / ln(1 - rate)), U uniform in (0, 1].
      double skip = logMiss == Double.NEGATIVE_INFINITY ? 0 : Math.floor(Math.log(1 - random.nextDouble()) / logMiss);
      long next = (long) doc + 1 + (long) Math.min(skip, Integer.MAX_VALUE);
      doc = next >= maxDoc ? NO_MORE_DOCS : (int) next;
      return doc;
    }

    @Override
    public int advance(int target) {
      // Documents before the target were each sampled or not independently; from the target on the
      // next one is drawn afresh, which keeps every document's probability at rate.
      doc = target - 1;
      return nextDoc();
    }

    @Override
    public long cost() {
      return Math.max(1, (long) (maxDoc * rate));
    }
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public String toString(String field) {
    return "sample(" + rate + ")";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SampleQuery s && s.rate == rate && s.seed == seed;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(rate) * 31 + Long.hashCode(seed);
  }
}
