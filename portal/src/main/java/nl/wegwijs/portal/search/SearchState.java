package nl.wegwijs.portal.search;

import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijs.index.GeoFilter;
import nl.wegwijs.index.SearchRequest;
import org.jspecify.annotations.Nullable;

/**
 * Everything a results page shows, read from and written to its URL, so a search can be shared,
 * bookmarked and reached with the back button. The server keeps none of it between requests.
 */
record SearchState(String text, Map<String, List<String>> filters, String place, int radiusKm, boolean literal, int page) {

    /** The URL keys that are facet filters, in the order the filter panel shows them. */
    static final List<String> FILTER_KEYS = List.of("for", "category", "kind", "funding", "access", "setting", "condition", "region", "age");
    static final int MAX_TEXT = 500;
    static final int DEFAULT_RADIUS_KM = 25;
    static final int PAGE_SIZE = 20;

    SearchState {
        text = text.strip();
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        for (String k : FILTER_KEYS) {
            List<String> values = filters.getOrDefault(k, List.of()).stream().filter(v -> v != null).map(String::strip)
                    .filter(v -> !v.isEmpty() && v.length() <= 200).distinct().limit(20).toList();
            if (!values.isEmpty()) copy.put(k, values);
        }
        filters = java.util.Collections.unmodifiableMap(copy);
        place = place.strip();
        radiusKm = radiusKm <= 0 || radiusKm > 300 ? DEFAULT_RADIUS_KM : radiusKm;
        page = Math.max(0, Math.min(page, 400));
    }

    static SearchState of(String text) {
        return new SearchState(text, Map.of(), "", DEFAULT_RADIUS_KM, false, 0);
    }

    static SearchState from(QueryParameters query) {
        Map<String, List<String>> p = query.getParameters();
        return new SearchState(first(p, "q"), p, first(p, "place"), number(first(p, "radiusKm"), DEFAULT_RADIUS_KM),
                "true".equals(first(p, "literal")), number(first(p, "page"), 1) - 1);
    }

    QueryParameters toQuery() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        // An empty q is left out (/zoeken?for=brussen); a typed search always shows q first.
        if (!text.isEmpty() || filters.isEmpty()) out.put("q", List.of(text));
        out.putAll(filters);
        if (!place.isEmpty()) {
            out.put("place", List.of(place));
            out.put("radiusKm", List.of(Integer.toString(radiusKm)));
        }
        if (literal) out.put("literal", List.of("true"));
        if (page > 0) out.put("page", List.of(Integer.toString(page + 1)));
        return new QueryParameters(out);
    }

    SearchRequest toRequest(@Nullable GeoFilter near) {
        return new SearchRequest(text, page, PAGE_SIZE, filters, near, literal);
    }

    boolean isSelected(String key, String value) {
        return filters.getOrDefault(key, List.of()).contains(value);
    }

    /** Adds the value to the filter, or removes it when it is there; back to the first page. */
    SearchState toggle(String key, String value) {
        Map<String, List<String>> next = new LinkedHashMap<>(filters);
        List<String> values = new ArrayList<>(next.getOrDefault(key, List.of()));
        if (!values.remove(value)) values.add(value);
        next.put(key, values);
        return new SearchState(text, next, place, radiusKm, literal, 0);
    }

    SearchState withText(String newText) {
        return new SearchState(newText, filters, place, radiusKm, false, 0);
    }

    SearchState withLiteral(boolean isLiteral) {
        return new SearchState(text, filters, place, radiusKm, isLiteral, 0);
    }

    SearchState withPlace(String newPlace, int newRadiusKm) {
        return new SearchState(text, filters, newPlace, newRadiusKm, literal, 0);
    }

    SearchState withPage(int newPage) {
        return new SearchState(text, filters, place, radiusKm, literal, newPage);
    }

    SearchState withoutFilters() {
        return new SearchState(text, Map.of(), "", radiusKm, literal, 0);
    }

    boolean hasFilters() {
        return !filters.isEmpty() || !place.isEmpty();
    }

    private static String first(Map<String, List<String>> p, String key) {
        List<String> v = p.get(key);
        return v == null || v.isEmpty() || v.getFirst() == null ? "" : v.getFirst();
    }

    private static int number(String text, int fallback) {
        try {
            return text.isBlank() ? fallback : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
