package nl.wegwijs.index;

import java.io.IOException;
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
 */
final class Rewritten extends Query {
  private final Query inner;

  private Rewritten(Query inner) {
    this.inner = inner;
  }

  /** {@code rewritten} must be the result of IndexSearcher.rewrite on the view it is searched on. */
  static Query of(Query rewritten) {
    return rewritten instanceof Rewritten ? rewritten : new Rewritten(rewritten);
  }

  @Override
  public Query rewrite(IndexSearcher searcher) {
    return this;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    return inner.createWeight(searcher, scoreMode, boost);
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
