package nl.wegwijs.index;

import java.io.IOException;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.jspecify.annotations.Nullable;

/**
 * The top hits by text score plus the exact total (and the match set for facet counts), in one
 * pass or in two, whichever is cheaper for the query. Both give the same hits, scores and counts:
 * the match set of the ranking query is the match set (MatchSetTest).
 *
 * <p>Two passes (block-max pruned top hits, then a flat non-scoring count) pay off when the query
 * matches a large part of the catalogue: pruning then skips most matches. A query dominated by one
 * synonym-expanded word is a single dismax clause, which pruning cannot skip, so the first pass
 * already scores every match; a second pass over the same matches only repeats the phrase checks.
 * JFR and thread CPU time at 100k (PerformanceBenchmark's queries): one pass took 20-40% less CPU
 * up to a document-frequency bound of about a third of the index, and up to 30% more for the
 * queries whose bound exceeds the index size (thuiszorg voor kinderen, ondersteuning ouders).
 */
final class TextPasses {
  /**
   * One pass when the match set is bounded by this share of the index (see the class comment);
   * -Dwegwijs.index.onePassShare=0 always takes two passes, as before, for comparisons in one JVM.
   */
  static final double ONE_PASS_MAX_SHARE = 0.3;
  static final String ONE_PASS_PROPERTY = "wegwijs.index.onePassShare";
  private static final JvmSetting<Double> ONE_PASS_SHARE = new JvmSetting<>(ONE_PASS_PROPERTY, ONE_PASS_MAX_SHARE, text -> {
    double share = Double.parseDouble(text);
    if (!(share >= 0)) {
      throw new IllegalArgumentException("not a share of the index");
    }
    return share;
  });
  /**
   * An index this small always takes one pass (unless the share is 0): pruning has next to nothing
   * to skip there, while a second pass builds a second scorer tree of the ~100 clause query, and
   * building scorers, not scoring, is most of a search's cost on the demo catalogue (JFR). On the
   * 532 entries, the search API's 60-text load mix through CatalogueIndex.search took 0.86x the
   * thread CPU with one pass for every text (DemoSearchProbe, alternating rounds in one JVM, load 8).
   */
  static final int ONE_PASS_MAX_DOCS = 1_000;

  /**
   * A text whose most frequent term alone matches more than the count limit (MatchSet.docFreqFloor)
   * is over the limit without a counting pass: the limited count (visiting 10,000 matches) was 10%
   * of a search without facet counts at 100k (JFR of SearchProbe, query cache on).
   * -Dwegwijs.index.countFloor=false counts as before, for comparisons in one JVM (same results).
   */
  static final String COUNT_FLOOR_PROPERTY = "wegwijs.index.countFloor";
  private static final JvmSetting<Boolean> COUNT_FLOOR = new JvmSetting<>(COUNT_FLOOR_PROPERTY, true, text -> switch (text) {
    case "true" -> true;
    case "false" -> false;
    default -> throw new IllegalArgumentException("not true or false");
  });

  /**
   * Near the count limit (a document-frequency bound above it, a floor below it), the pass that checks
   * the limit also counts the total, and with facets collects the match set, instead of a second pass
   * over the same matches when it was not passed. -Dwegwijs.index.countOnce=false takes the two passes
   * again, for comparisons in one JVM (same results).
   */
  static final String COUNT_ONCE_PROPERTY = "wegwijs.index.countOnce";
  private static final JvmSetting<Boolean> COUNT_ONCE = new JvmSetting<>(COUNT_ONCE_PROPERTY, true, text -> switch (text) {
    case "true" -> true;
    case "false" -> false;
    default -> throw new IllegalArgumentException("not true or false");
  });

  /**
   * {@code matched} is null when no facets were asked for; it holds a sample of the matches when
   * {@code sampleRate} is below 1 (counts then estimate the match set's by dividing by the rate).
   * {@code totalIsLowerBound}: more than {@code total} entries match (CountLimit).
   */
  record Outcome(TopDocs top, long total, boolean totalIsLowerBound, @Nullable FacetsCollector matched, double sampleRate,
      double countRate) {
    Outcome(TopDocs top, long total, @Nullable FacetsCollector matched) {
      this(top, total, false, matched, 1, 1);
    }
  }

  private TextPasses() {}

  /**
   * @param matchBound an upper bound on the matches of {@code ranking} (MatchSet.docFreqBound)
   * @param matchFloor a lower bound on the matches of {@code counting} (MatchSet.docFreqFloor), 0 if unknown
   * @param counting the flat match-set form of {@code ranking} with the same filters
   */
  static Outcome run(IndexSearcher searcher, Query ranking, Query counting, long matchBound, long matchFloor, int depth,
      boolean facets, int exactUpTo) throws IOException {
    double share = ONE_PASS_SHARE.get();
    int maxDoc = searcher.getIndexReader().maxDoc();
    boolean onePass = matchBound > 0 && (matchBound <= share * maxDoc || (share > 0 && maxDoc <= ONE_PASS_MAX_DOCS));
    if (matchBound > exactUpTo && facets && onePass) {
      // The one exhaustive pass counts the total exactly anyway; beyond the limit only a sample of
      // its matches has its facet values read (countRate), which is what counting costs there.
      Object[] both = searcher.search(ranking, new MultiCollectorManager(
          new TopScoreDocCollectorManager(depth, null, Integer.MAX_VALUE), new FacetsCollectorManager()));
      TopDocs docs = (TopDocs) both[0];
      long total = docs.totalHits.value();
      double countRate = total > exactUpTo ? CountLimit.sampleRate(total, maxDoc) : 1;
      return new Outcome(docs, total, false, (FacetsCollector) both[1], 1, countRate);
    }
    if (matchBound > exactUpTo) {
      return limited(searcher, ranking, counting, matchBound, matchFloor, depth, facets, exactUpTo);
    }
    if (onePass) {
      // Exhaustive: the collector counts every hit, so the total is exact without a second pass.
      var top = new TopScoreDocCollectorManager(depth, null, Integer.MAX_VALUE);
      if (!facets) {
        TopDocs docs = searcher.search(ranking, top);
        return new Outcome(docs, docs.totalHits.value(), null);
      }
      Object[] both = searcher.search(ranking, new MultiCollectorManager(top, new FacetsCollectorManager()));
      TopDocs docs = (TopDocs) both[0];
      return new Outcome(docs, docs.totalHits.value(), (FacetsCollector) both[1]);
    }
    TopDocs docs = searcher.search(ranking, new TopScoreDocCollectorManager(depth, null, 1));
    if (!facets) {
      return new Outcome(docs, searcher.count(counting), null);
    }
    FacetsCollector matched = searcher.search(counting, new FacetsCollectorManager());
    return new Outcome(docs, total(matched), matched);
  }

  /**
   * The match set may exceed the exact-count limit: a search with fewer matches still gets its exact
   * total and counts; a larger one gets the limit as a lower bound and facet counts from a sample.
   */
  private static Outcome limited(IndexSearcher searcher, Query ranking, Query counting, long matchBound, long matchFloor,
      int depth, boolean facets, int exactUpTo) throws IOException {
    // The top hits with full block-max pruning, as below the limit; whether the match set exceeds
    // the limit from a count that stops there (at most the limit's matches visited).
    TopDocs docs = searcher.search(ranking, new TopScoreDocCollectorManager(depth, null, 1));
    if (!(matchFloor > exactUpTo && COUNT_FLOOR.get())) {
      Outcome under = COUNT_ONCE.get() ? countedOnce(searcher, counting, docs, facets, exactUpTo)
          : countedTwice(searcher, counting, docs, facets, exactUpTo);
      if (under != null) {
        return under;
      }
    }
    if (!facets) {
      return new Outcome(docs, exactUpTo, true, null, 1, 1);
    }
    double rate = CountLimit.sampleRate(matchBound, searcher.getIndexReader().maxDoc());
    FacetsCollector sample = searcher.search(CountLimit.sampled(counting, rate), new FacetsCollectorManager());
    return new Outcome(docs, exactUpTo, true, sample, rate, 1);
  }

  /**
   * The exact outcome from the pass that checks the limit, or null when the match set passes it: the
   * limited count is the total, the limited collection the facet match set (LimitedMatches).
   */
  private static @Nullable Outcome countedOnce(IndexSearcher searcher, Query counting, TopDocs docs, boolean facets,
      int exactUpTo) throws IOException {
    if (!facets) {
      long total = searcher.search(counting, new LimitedCount(exactUpTo));
      return total == LimitedCount.OVER ? null : new Outcome(docs, total, null);
    }
    FacetsCollector matched = searcher.search(counting, new LimitedMatches(exactUpTo));
    return matched == null ? null : new Outcome(docs, total(matched), matched);
  }

  /** As before round s16: a limited count, then under the limit the match set counted or collected again. */
  private static @Nullable Outcome countedTwice(IndexSearcher searcher, Query counting, TopDocs docs, boolean facets,
      int exactUpTo) throws IOException {
    if (searcher.search(counting, new LimitedCount(exactUpTo)) == LimitedCount.OVER) {
      return null;
    }
    if (!facets) {
      return new Outcome(docs, searcher.count(counting), null);
    }
    FacetsCollector matched = searcher.search(counting, new FacetsCollectorManager());
    return new Outcome(docs, total(matched), matched);
  }

  private static long total(FacetsCollector matched) {
    return matched.getMatchingDocs().stream().mapToLong(m -> m.totalHits()).sum();
  }
}
