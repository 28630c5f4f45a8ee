package nl.wegwijs.index;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a {@link SearchRequest}: one page of hits, facet counts over the whole match set, a
 * did-you-mean suggestion and the raw terms the query was also understood as (for "ook gezocht
 * op: ...").
 *
 * <p>Totals and counts are exact up to 10,000 matches, far above any result set of the real
 * catalogue. Beyond that {@code totalIsLowerBound} is true and {@code total} is 10,000: more entries
 * than that match. {@code facetCountsEstimated} is true when the facet counts were estimated from a
 * random sample of the matches (scaled to the whole match set; rare values may be missing).
 */
public record SearchResult(
    String query,
    long total,
    List<SearchHit> hits,
    Map<String, List<FacetCount>> facets,
    @Nullable String suggestion,
    List<String> expansions,
    boolean totalIsLowerBound,
    boolean facetCountsEstimated) {

  /** An exactly counted result. */
  public SearchResult(String query, long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets,
      @Nullable String suggestion, List<String> expansions) {
    this(query, total, hits, facets, suggestion, expansions, false, false);
  }
}
