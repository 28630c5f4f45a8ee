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
   * About this many documents of a match set beyond the limit are sampled for its facet counts (of
   * the match set's document-frequency bound in a counting pass, of its exact total in one pass).
   * Kept at the old 10,000 after measuring smaller ones (SearchProbe at 100k, 12 sampled requests
   * against exact counts; values with 10%+ of the matches, median / p95 relative error; exact top-10
   * values missing from the estimate's top 10 of 660): 10,000 1.8% / 5.6%, 102; 5,000 2.9% / 8.7%,
   * 116; 2,500 4.0% / 13.4%, 129; 1,000 6.6% / 19.9%, 149. The sampled pass is a small part of a
   * search there: mean thread CPU with facets 0.94x at 5,000 (load 3.5) and 0.92x at 2,500 (load
   * 8.6) against 10,000 alternating in one JVM, too little for "ongeveer" counts off by 9-13%.
   * Relevant only to synthetic catalogues: the real one never reaches the limit.
   */
  static final int SAMPLE_SIZE = 10_000;
  /** -Dwegwijs.index.facetSample=N samples about N documents instead (read per search; N >= 1). */
  static final String SAMPLE_PROPERTY = "wegwijs.index.facetSample";

  private static final JvmSetting<Integer> SAMPLE = new JvmSetting<>(SAMPLE_PROPERTY, SAMPLE_SIZE, text -> {
    int size = Integer.parseInt(text);
    if (size < 1) {
      throw new IllegalArgumentException("not a positive sample size");
    }
    return size;
  });

  /**
   * The share of documents to sample for facet counts of a match set of at most {@code bound}
   * matches (document frequencies, or the exact total): about {@link #SAMPLE_SIZE} documents of the
   * bound, whatever the count limit, so raising the limit for exact totals does not make estimates
   * dearer. 1 (every match) when the bound is that small.
   */
  static double sampleRate(long bound, int maxDoc) {
    long of = Math.max(1, Math.min(bound, maxDoc));
    return Math.min(1.0, (double) SAMPLE.get() / of);
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
