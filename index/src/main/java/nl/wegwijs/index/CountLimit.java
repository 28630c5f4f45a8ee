package nl.wegwijs.index;

import nl.wegwijs.index.facet.SampleQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * How far a search counts exactly. Up to {@link #EXACT_UP_TO} matches the total and every facet
 * count are exact; beyond that the total is reported as that lower bound ("more than 10,000") and
 * facet counts are estimated from a random sample of the matches, the way mature engines treat very
 * large result sets (Lucene's TopScoreDocCollector totalHitsThreshold, Elasticsearch's
 * track_total_hits default of 10,000, Lucene's RandomSamplingFacetsCollector). The real catalogue
 * has hundreds to a few thousand entries, so its searches always count exactly; only synthetic
 * catalogues of 100k and 1M entries reach the limit, where counting every match of a broad word cost
 * more than finding the top hits (index/reports/performance.md).
 */
final class CountLimit {
  static final int EXACT_UP_TO = 10_000;
  /** -Dwegwijs.index.exactCountUpTo=N moves the limit (2147483647: always exact, as before). */
  static final String PROPERTY = "wegwijs.index.exactCountUpTo";

  private CountLimit() {}

  private static final JvmSetting<Integer> SETTING =
      new JvmSetting<>(PROPERTY, EXACT_UP_TO, text -> Math.max(1, Integer.parseInt(text)));

  /** Read per search, so a comparison in one JVM can switch it between rounds (JvmSetting). */
  static int exactUpTo() {
    return SETTING.get();
  }

  /**
   * The share of documents to sample for facet counts of a match set of more than {@code exactUpTo}
   * matches, at most {@code bound} (document frequencies): a sample of about {@code exactUpTo}
   * documents of the bound, so a value with a tenth of the matches is still estimated from about a
   * thousand sampled documents when the bound is tight (a relative standard error near 3%).
   */
  static double sampleRate(int exactUpTo, long bound, int maxDoc) {
    long of = Math.max(1, Math.min(bound, maxDoc));
    return Math.min(1.0, (double) exactUpTo / of);
  }

  /** A fixed seed: the same search on the same view gives the same estimates. */
  static final long SAMPLE_SEED = 0x5eed_c0de_2026L;

  /** {@code matching} restricted to a random sample of documents at {@code rate} (itself at rate 1). */
  static Query sampled(Query matching, double rate) {
    if (rate >= 1) {
      return matching;
    }
    return new BooleanQuery.Builder()
        .add(matching, Occur.FILTER)
        .add(new SampleQuery(rate, SAMPLE_SEED), Occur.FILTER)
        .build();
  }
}
