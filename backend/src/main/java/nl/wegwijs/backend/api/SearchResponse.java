package nl.wegwijs.backend.api;

import java.util.List;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import nl.wegwijs.backend.searching.SearchAnswer;
import nl.wegwijs.index.FacetCount;
import nl.wegwijs.index.SearchResult;
import org.jspecify.annotations.Nullable;

/**
 * The body of GET /api/v1/search; its shape is a contract other systems rely on. {@code suggestion}
 * is the did-you-mean text; {@code place} the place the results are filtered and sorted around
 * (from the place parameter or named in the text), null without one. {@code "placeFallback":
 * "nationwide"} says nothing lay within the radius of that place, so the hits, total and facets are
 * those of the same search over the entries not tied to a place (nationwide, or no region stated);
 * it is left out otherwise. Totals and facet counts are
 * exact up to 10,000 matches (far above any result set of the catalogue); beyond that
 * {@code "totalIsLowerBound": true} says more than {@code total} entries match, and
 * {@code "facetCountsEstimated": true} that the facet counts are estimates from a random sample.
 * Both are left out when false, so an exactly counted body is what it always was.
 */
record SearchResponse(String query, long total, int page, int size, List<Hit> hits,
        Map<String, List<FacetCount>> facets, @Nullable String suggestion, List<String> expansions,
        @Nullable String place,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String placeFallback,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean totalIsLowerBound,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean facetCountsEstimated) {

    /** An exactly counted response. */
    SearchResponse(String query, long total, int page, int size, List<Hit> hits, Map<String, List<FacetCount>> facets,
            @Nullable String suggestion, List<String> expansions, @Nullable String place) {
        this(query, total, page, size, hits, facets, suggestion, expansions, place, null, false, false);
    }

    record Hit(String id, String name, String kind, String summary, String snippet, String region, float score,
            @Nullable Double distanceKm) {}

    static SearchResponse of(SearchAnswer answer, int page, int size, @Nullable String place) {
        SearchResult result = answer.result();
        return new SearchResponse(result.query(), result.total(), page, size,
                result.hits().stream().map(h -> new Hit(h.id(), h.name(), h.kind(), h.summary(), h.snippet(),
                        h.region(), h.score(), h.distanceKm())).toList(),
                result.facets(), result.suggestion(), result.expansions(), place,
                answer.placeFallback() == null ? null : answer.placeFallback().code(), result.totalIsLowerBound(),
                result.facetCountsEstimated());
    }
}
