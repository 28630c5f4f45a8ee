package nl.wegwijs.index;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * A query already rewritten against this index view (Searching.Prepared), so rewriting it again
 * stops at once. IndexSearcher rewrites every query it searches until nothing changes and then
 * checks its clause count; a prepared text query of about a hundred clauses was walked that way two
 * to four times per search (our own rewrite with the filters, then each pass), 9% of a search on
 * the demo catalogue in a JFR profile, for a query that can no longer change. The weight is the
 * inner query's own, so scoring and the query cache see exactly the query they saw before.
 *
 * <p>Its scoring weights are also built once for the view it was rewritten on, not per search: a
 * weight holds only what the view fixes (each term's per-segment states and statistics, BM25's
 * idf), and Lucene shares one weight between threads already (IndexSearcher's slices). Building
 * them (TermStates.build seeks every term of the ~100 clauses in every segment) was 16% of a search
 * on the demo catalogue (JFR of DemoSearchProbe). Only scoring modes are kept: their term states
 * are complete when built, while a non-scoring weight fills its states lazily per segment.
 */
final class Rewritten extends Query {
  private final Query inner;
  private final IndexSearcher view;
  /** The weight per scoring ScoreMode (boost 1, on {@link #view}); a race builds an equal one twice. */
  private final AtomicReferenceArray<Weight> weights = new AtomicReferenceArray<>(ScoreMode.values().length);

  private Rewritten(Query inner, IndexSearcher view) {
    this.inner = inner;
    this.view = view;
  }

  /** {@code rewritten} must be the result of IndexSearcher.rewrite on {@code view}, the view it is searched on. */
  static Query of(Query rewritten, IndexSearcher view) {
    return rewritten instanceof Rewritten ? rewritten : new Rewritten(rewritten, view);
  }

  @Override
  public Query rewrite(IndexSearcher searcher) {
    return this;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    if (searcher != view || boost != 1f || !scoreMode.needsScores()) {
      return inner.createWeight(searcher, scoreMode, boost);
    }
    Weight weight = weights.get(scoreMode.ordinal());
    if (weight == null) {
      weight = inner.createWeight(searcher, scoreMode, boost);
      weights.set(scoreMode.ordinal(), weight);
    }
    return weight;
  }

  @Override
  public void visit(QueryVisitor visitor) {
    inner.visit(visitor);
  }

  @Override
  public String toString(String field) {
    return inner.toString(field);
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && inner.equals(((Rewritten) other).inner);
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + inner.hashCode();
  }
}
