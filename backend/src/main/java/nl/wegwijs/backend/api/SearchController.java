package nl.wegwijs.backend.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijs.backend.region.Gazetteer;
import nl.wegwijs.backend.searching.SearchService;
import nl.wegwijs.index.GeoFilter;
import nl.wegwijs.index.Suggestion;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/v1/search and /api/v1/suggest. Parameters arrive as text so bad values get our own message. */
@RestController
@RequestMapping("/api/v1")
class SearchController {

    private static final List<String> FILTERS = List.of("kind", "category", "funding", "region", "for", "access", "setting", "condition");

    private static final double DEFAULT_RADIUS_KM = 25;

    private final SearchService search;
    private final Gazetteer gazetteer;

    SearchController(SearchService search, Gazetteer gazetteer) {
        this.search = search;
        this.gazetteer = gazetteer;
    }

    /**
     * One map of the raw parameters instead of one {@code @RequestParam} each: Spring MVC creates and
     * initialises a data binder per converted parameter, a fixed cost on every search for seven
     * parameters that {@link SearchParameters} checks anyway (with our own 400 messages).
     */
    @GetMapping("/search")
    SearchResponse search(@RequestParam MultiValueMap<String, String> all) {
        int pageSize = SearchParameters.size(single(all, "size"));
        int pageNumber = SearchParameters.page(single(all, "page"));
        boolean literal = SearchParameters.literal(single(all, "literal"));
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String key : FILTERS) {
            List<String> values = all.get(key);
            if (values != null) filters.put(key, values);
        }
        Integer age = SearchParameters.age(all.get("age"));
        if (age != null) filters.put("age", List.of(String.valueOf(age)));
        String text = SearchParameters.text(single(all, "q"));
        Double radius = SearchParameters.radiusKm(single(all, "radiusKm"));
        String place = single(all, "place");
        GeoFilter near = near(place, radius);
        String placeName = near == null ? null : place;
        if (near == null && !literal) {
            // "logeeropvang bij Tiel": a place named after a locative word filters and sorts by distance.
            var named = search.placeNamedIn(text);
            if (named.isPresent()) {
                near = new GeoFilter(named.get().lat(), named.get().lon(), radius == null ? DEFAULT_RADIUS_KM : radius);
                placeName = named.get().name();
            }
        }
        var request = SearchParameters.request(text, pageNumber, pageSize, filters, near, literal);
        return SearchResponse.of(search.answer(request), pageNumber, pageSize, placeName);
    }

    @GetMapping("/suggest")
    List<Suggestion> suggest(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String size) {
        String prefix = SearchParameters.text(q);
        if (prefix.isEmpty()) return List.of();
        return search.suggest(prefix, Math.min(SearchParameters.size(size), 20));
    }

    /** A repeated parameter reads as its values joined by commas, as Spring binds one to a String. */
    private static @Nullable String single(MultiValueMap<String, String> all, String name) {
        List<String> values = all.get(name);
        if (values == null || values.isEmpty()) return null;
        return values.size() == 1 ? values.getFirst() : String.join(",", values);
    }

    private @Nullable GeoFilter near(@Nullable String place, @Nullable Double radiusKm) {
        if (place == null || place.isBlank()) return null;
        var found = gazetteer.find(place)
                .orElseThrow(() -> new InvalidParameterException("place", "api.param.place", place));
        return new GeoFilter(found.lat(), found.lon(), radiusKm == null ? DEFAULT_RADIUS_KM : radiusKm);
    }
}
