package nl.wegwijs.index;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a {@link SearchRequest}: one page of hits, facet counts over the whole match set, a
 * did-you-mean suggestion and the raw terms the query was also understood as (for "ook gezocht
 * op: ...").
 */
public record SearchResult(
    String query,
    long total,
    List<SearchHit> hits,
    Map<String, List<FacetCount>> facets,
    @Nullable String suggestion,
    List<String> expansions) {}
