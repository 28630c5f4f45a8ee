package nl.wegwijs.portal.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.wegwijs.backend.catalogue.EntryDetails;
import org.jspecify.annotations.Nullable;

/**
 * schema.org JSON-LD for an entry, so search engines and link previews understand the page: an
 * Organization for organisations, otherwise a Service (with its provider area and audience).
 */
final class JsonLd {

    private JsonLd() {}

    static String of(EntryDetails e, String pageUrl) {
        boolean organisation = e.kind().equals("organisation") || e.kind().equals("parent_association");
        Map<String, @Nullable Object> fields = new java.util.LinkedHashMap<>();
        fields.put("@context", "https://schema.org");
        fields.put("@type", organisation ? "Organization" : e.kind().equals("website") ? "WebSite" : "Service");
        fields.put("name", e.name());
        fields.put("description", e.summary());
        fields.put("url", e.url() == null ? pageUrl : Links.web(e.url()));
        fields.put("mainEntityOfPage", pageUrl);
        fields.put("telephone", e.phone());
        fields.put("email", e.email());
        if (!organisation && e.region() != null) fields.put("areaServed", e.region());
        if (e.audience() != null && !organisation) fields.put("audience", Map.of("@type", "Audience", "audienceType", e.audience()));
        if (e.lastVerifiedOn() != null) fields.put("dateModified", e.lastVerifiedOn().toString());
        List<Object> places = new ArrayList<>();
        e.places().stream().filter(p -> p.city() != null).forEach(p -> places.add(Map.of("@type", "PostalAddress",
                "addressLocality", p.city(), "postalCode", p.postcode() == null ? "" : p.postcode(), "addressCountry", "NL")));
        if (!places.isEmpty()) fields.put("address", places.size() == 1 ? places.getFirst() : places);
        return json(fields);
    }

    @SuppressWarnings("unchecked")
    static String json(@Nullable Object value) {
        return switch (value) {
            case null -> "null";
            case Map<?, ?> m -> m.entrySet().stream().filter(en -> en.getValue() != null)
                    .map(en -> quote(en.getKey().toString()) + ":" + json(en.getValue()))
                    .collect(Collectors.joining(",", "{", "}"));
            case List<?> l -> l.stream().map(JsonLd::json).collect(Collectors.joining(",", "[", "]"));
            default -> quote(value.toString());
        };
    }

    /** JSON string escaping, plus "<" as \u003c so no text can close the script element it sits in. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }
}
