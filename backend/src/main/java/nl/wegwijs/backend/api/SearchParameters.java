package nl.wegwijs.backend.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijs.index.GeoFilter;
import nl.wegwijs.index.SearchRequest;
import org.jspecify.annotations.Nullable;

/** Checks the raw search parameters and turns them into an index request. */
final class SearchParameters {

    static final int MAX_SIZE = 100;
    static final int MAX_PAGE = 1000;
    static final int MAX_QUERY_LENGTH = 500;
    static final double MAX_RADIUS_KM = 300;

    private SearchParameters() {}

    static int size(@Nullable String raw) {
        int size = integer("size", raw, 10);
        if (size < 1 || size > MAX_SIZE) throw new InvalidParameterException("size", "api.param.range", 1, MAX_SIZE);
        return size;
    }

    static int page(@Nullable String raw) {
        int page = integer("page", raw, 0);
        if (page < 0 || page > MAX_PAGE) throw new InvalidParameterException("page", "api.param.range", 0, MAX_PAGE);
        return page;
    }

    static @Nullable Double radiusKm(@Nullable String raw) {
        if (raw == null || raw.isBlank()) return null;
        double radius;
        try {
            radius = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("radiusKm", "api.param.number");
        }
        if (!(radius > 0 && radius <= MAX_RADIUS_KM)) {
            throw new InvalidParameterException("radiusKm", "api.param.range", 1, (int) MAX_RADIUS_KM);
        }
        return radius;
    }

    /** As Spring converts a boolean parameter (true/on/yes/1, false/off/no/0, any case); absent or blank is false. */
    static boolean literal(@Nullable String raw) {
        if (raw == null || raw.isBlank()) return false;
        return switch (raw.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "on", "yes", "1" -> true;
            case "false", "off", "no", "0" -> false;
            default -> throw new InvalidParameterException("literal", "api.param.boolean");
        };
    }

    static @Nullable Integer age(@Nullable List<String> raw) {
        if (raw == null || raw.isEmpty()) return null;
        int age = integer("age", raw.getFirst(), 0);
        if (age < 0 || age > 120) throw new InvalidParameterException("age", "api.param.range", 0, 120);
        return age;
    }

    /** Long texts are cut, never refused: a pasted letter still searches on its first words. */
    static String text(@Nullable String q) {
        if (q == null) return "";
        String cleaned = q.replace('\u0000', ' ').strip();
        return cleaned.length() > MAX_QUERY_LENGTH ? cleaned.substring(0, MAX_QUERY_LENGTH) : cleaned;
    }

    static SearchRequest request(String text, int page, int size, Map<String, List<String>> rawFilters,
            @Nullable GeoFilter near, boolean literal) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        rawFilters.forEach((key, values) -> {
            if (values == null) return;
            List<String> clean = new ArrayList<>(values.size());
            for (String v : values) {
                if (v != null && !v.isBlank()) clean.add(v.strip());
            }
            if (!clean.isEmpty()) filters.put(key, clean);
        });
        return new SearchRequest(text, page, size, filters, near, literal);
    }

    private static int integer(String name, @Nullable String raw, int fallback) {
        if (raw == null || raw.isBlank()) return fallback;
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, "api.param.integer");
        }
    }
}
