package nl.wegwijs.backend.api;

import java.util.List;
import java.util.Map;
import nl.wegwijs.index.FacetCount;
import nl.wegwijs.index.SearchResult;
import org.jspecify.annotations.Nullable;

/** The body of GET /api/v1/search; its shape is a contract other systems rely on. */
record SearchResponse(String query, long total, int page, int size, List<Hit> hits,
        Map<String, List<FacetCount>> facets, @Nullable String suggestion, List<String> expansions) {

    record Hit(String id, String name, String kind, String summary, String snippet, String region, float score,
            @Nullable Double distanceKm) {}

    static SearchResponse of(SearchResult result, int page, int size) {
        return new SearchResponse(result.query(), result.total(), page, size,
                result.hits().stream().map(h -> new Hit(h.id(), h.name(), h.kind(), h.summary(), h.snippet(),
                        h.region(), h.score(), h.distanceKm())).toList(),
                result.facets(), result.suggestion(), result.expansions());
    }
}
