package nl.wegwijs.backend.interop;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.wegwijs.backend.editorial.FieldRules;
import org.jspecify.annotations.Nullable;

/**
 * The editors' field rules ({@link FieldRules}) applied to imported values, so an import can store
 * nothing an editor could not. Values are kept as text: markup is not interpreted, only stored and
 * later rendered escaped.
 */
final class ImportChecks {

    /** A field that breaks a rule, with the rule's message key. */
    record Failure(String field, String code, @Nullable String value) {}

    private static final Map<String, String> MESSAGES = Map.ofEntries(
            Map.entry("field.required", "is required"),
            Map.entry("field.tooLong", "is too long"),
            Map.entry("field.url.invalid", "is not a web address (http or https)"),
            Map.entry("field.email.invalid", "is not an e-mail address"),
            Map.entry("field.phone.invalid", "is not a Dutch phone number"),
            Map.entry("field.postcode.invalid", "is not a Dutch postcode (1234 AB)"),
            Map.entry("field.age.invalid", "is not an age in years (0-120)"),
            Map.entry("field.age.range", "the minimum age is above the maximum age"),
            Map.entry("field.latitude.invalid", "is not a latitude inside the Netherlands"),
            Map.entry("field.longitude.invalid", "is not a longitude inside the Netherlands"),
            Map.entry("field.coordinates.pair", "latitude and longitude go together"),
            Map.entry("field.kind.unknown", "is not a known kind"),
            Map.entry("field.category.unknown", "is not a known category (taxonomy term)"),
            Map.entry("field.value.unknown", "is not a known value"),
            Map.entry("field.number.invalid", "is not a number"),
            Map.entry("field.date.invalid", "is not a date (yyyy-mm-dd)"),
            Map.entry("hsds.term.unknown", "is not a term of the wegwijs taxonomy"),
            Map.entry("import.id.duplicate", "appears more than once in this file"));

    private ImportChecks() {}

    static List<Failure> check(Map<String, @Nullable String> values) {
        List<Failure> failures = new ArrayList<>();
        values.forEach((field, value) -> FieldRules.problem(field, value).ifPresent(code -> failures.add(new Failure(field, code, value))));
        FieldRules.pairProblem(values.get("ageMin"), values.get("ageMax"), values.get("latitude"), values.get("longitude"))
                .ifPresent(code -> failures.add(new Failure(code.contains("age") ? "ageMax" : "longitude", code, null)));
        return failures;
    }

    static String message(String code) {
        return MESSAGES.getOrDefault(code, code);
    }

    /** Text as text: NFC, no control characters but tab and newline, trimmed; blank is absent. */
    static @Nullable String text(@Nullable String raw) {
        if (raw == null) return null;
        String t = Normalizer.normalize(raw, Normalizer.Form.NFC).replaceAll("[\\p{Cc}&&[^\\n\\t]]", "").strip();
        return t.isEmpty() ? null : t;
    }
}
