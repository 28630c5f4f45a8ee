package nl.wegwijs.backend.editorial;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.wegwijs.backend.catalogue.Entry;
import nl.wegwijs.backend.catalogue.ForWhom;
import nl.wegwijs.backend.catalogue.Funding;
import nl.wegwijs.backend.catalogue.Location;
import nl.wegwijs.backend.catalogue.TaxonomyTerm;
import org.jspecify.annotations.Nullable;

/**
 * The editable fields of an entry as flat text, in one fixed order: what proposals, revisions, diffs
 * and the CSV columns speak. Location fields are those of the entry's first place. For whom and target conditions
 * are codes joined with ", " ({@code kind, ouder}; {@code autisme, emb}).
 */
final class EntryFields {

    static final List<String> NAMES = List.of("name", "kind", "summary", "description", "audience", "url",
            "email", "phone", "region", "address", "postcode", "city", "municipality", "latitude", "longitude",
            "categories", "funding", "ageMin", "ageMax", "forWhom", "targetConditions");

    private EntryFields() {}

    static boolean known(String field) {
        return NAMES.contains(field);
    }

    static Map<String, @Nullable String> read(Entry e) {
        Location place = e.getLocations().isEmpty() ? null : e.getLocations().getFirst();
        Map<String, @Nullable String> values = new LinkedHashMap<>();
        values.put("name", e.getName());
        values.put("kind", e.getKind().code());
        values.put("summary", e.getSummary());
        values.put("description", e.getDescription());
        values.put("audience", e.getAudience());
        values.put("url", e.getUrl());
        values.put("email", e.getEmail());
        values.put("phone", e.getPhone());
        values.put("region", e.getRegion());
        values.put("address", place == null ? null : place.getAddressLine());
        values.put("postcode", place == null ? null : place.getPostcode());
        values.put("city", place == null ? null : place.getCity());
        values.put("municipality", place == null ? null : place.getMunicipality());
        values.put("latitude", place == null ? null : text(place.getLatitude()));
        values.put("longitude", place == null ? null : text(place.getLongitude()));
        values.put("categories", emptyToNull(e.getCategories().stream().map(TaxonomyTerm::getName).sorted()
                .collect(Collectors.joining(", "))));
        values.put("funding", emptyToNull(e.getFunding().stream()
                .map(f -> f.detail() == null ? f.route().code() : f.detail()).collect(Collectors.joining("; "))));
        values.put("ageMin", text(e.getEligibility().ageMin()));
        values.put("ageMax", text(e.getEligibility().ageMax()));
        // Enum order and sorted codes: one spelling per set, so an untouched pick list is no change.
        values.put("forWhom", emptyToNull(e.getForWhom().stream().sorted().map(EntryFields::code)
                .collect(Collectors.joining(", "))));
        values.put("targetConditions", emptyToNull(e.getTargetConditions().stream().sorted().collect(Collectors.joining(", "))));
        return values;
    }

    static @Nullable String read(Entry e, String field) {
        return read(e).get(field);
    }

    static List<Funding> funding(@Nullable String text) {
        if (text == null || text.isBlank()) return List.of();
        return java.util.Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty())
                .map(Funding::from).toList();
    }

    static List<String> categories(@Nullable String text) {
        if (text == null || text.isBlank()) return List.of();
        return java.util.Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** "kind, ouder" to its codes; the API's {@code for} filter and the CSV spell them the same way. */
    static List<String> codes(@Nullable String text) {
        return categories(text);
    }

    static String code(ForWhom forWhom) {
        return forWhom.name().toLowerCase(Locale.ROOT);
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value.toString();
    }

    private static @Nullable String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
