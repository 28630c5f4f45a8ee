package nl.wegwijs.index;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import nl.wegwijs.index.query.Filters;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.jspecify.annotations.Nullable;

/**
 * A filtered text query as one disjunction with filter clauses (its SHOULD clauses, at least one of
 * them required, plus the filters as FILTER clauses) instead of the text disjunction as the MUST
 * clause of a conjunction with the filters. Lucene scores the first form with MaxScoreBulkScorer
 * and a filter iterator, which skips whole windows of non-competitive documents, the second with a
 * ConjunctionScorer that advances a WANDScorer to every filter match. Same matches; same scores,
 * since both sum the clause scores in a double before casting to float (exact for this few clauses).
 * -Dwegwijs.index.filteredDisjunction=false searches the conjunction again, for comparisons in one JVM.
 */
final class FilteredDisjunction {
  static final String PROPERTY = "wegwijs.index.filteredDisjunction";
  private static final JvmSetting<Boolean> ON = new JvmSetting<>(PROPERTY, true, text -> switch (text) {
    case "true" -> true;
    case "false" -> false;
    default -> throw new IllegalArgumentException("not true or false");
  });

  private FilteredDisjunction() {}

  /**
   * The SHOULD clauses of a rewritten ranking query, each marked rewritten (so their weights are
   * built once per view), or null when it is not a plain disjunction of two or more clauses.
   */
  static @Nullable List<Query> clauses(Query rewritten, IndexSearcher view) {
    if (!(rewritten instanceof BooleanQuery b) || b.getMinimumNumberShouldMatch() != 0 || b.clauses().size() < 2
        || !b.clauses().stream().allMatch(c -> c.occur() == Occur.SHOULD)) {
      return null;
    }
    return b.clauses().stream().map(BooleanClause::query).map(q -> Rewritten.of(q, view)).toList();
  }

  /**
   * The top pass's query for {@code filtered} (the rewritten conjunction of the ranking and the
   * filters): the flat form where it applies, rewritten and marked so (Rewritten), so that each pass
   * does not walk its ~100 clauses again; else {@code filtered} itself.
   */
  static Query rewritten(IndexSearcher searcher, @Nullable List<Query> clauses, Map<String, List<String>> filters,
      @Nullable Query geo, Query filtered) throws IOException {
    Query flat = of(clauses, Filters.apply(new MatchAllDocsQuery(), filters, geo), filtered);
    return flat == filtered ? filtered : Rewritten.of(searcher.rewrite(flat), searcher);
  }

  /**
   * {@code ranking} filtered by {@code filter} (Filters.apply over MatchAllDocsQuery): the flat form
   * when the setting is on and both apply, else {@code filtered} (the conjunction form).
   */
  static Query of(@Nullable List<Query> clauses, Query filter, Query filtered) {
    if (clauses == null || filter instanceof MatchAllDocsQuery || !ON.get()) {
      return filtered;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
    clauses.forEach(c -> b.add(c, Occur.SHOULD));
    b.add(filter, Occur.FILTER);
    return b.build();
  }
}
