package nl.wegwijs.backend.crawlreview;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.wegwijs.backend.crawlreview.CatalogueSnapshot.Candidate;
import nl.wegwijs.crawler.ExtractedEntry;
import nl.wegwijs.crawler.Normalisation;
import org.jspecify.annotations.Nullable;

/**
 * The review-queue fields (editorial {@code ReviewQueue.FIELDS}) a crawled entry proposes: all it has for a new
 * entry, and for an existing one only the fields that differ. Crawled text never replaces an editor's text:
 * a summary or categories are proposed only where the entry has none, and a name only when the site states it
 * in structured data (a page title is not a name).
 */
final class ProposalFields {

    private ProposalFields() {}

    static Map<String, String> forNewEntry(ExtractedEntry found) {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "name", found.name());
        put(fields, "kind", kind(found.schemaType()));
        put(fields, "summary", found.description());
        put(fields, "url", found.url() == null ? null : Normalisation.url(found.url()).orElse(found.url()));
        put(fields, "email", first(found.emails()));
        put(fields, "phone", first(found.phones()));
        ExtractedEntry.Address a = found.address();
        if (a != null) {
            put(fields, "address", a.street());
            put(fields, "postcode", a.postcode());
            put(fields, "city", a.place());
            put(fields, "municipality", a.municipality());
        }
        put(fields, "categories", String.join(", ", found.guessedCategories()));
        return fields;
    }

    static Map<String, String> changes(ExtractedEntry found, Candidate entry) {
        Map<String, @Nullable String> now = entry.fields();
        Map<String, String> fields = new LinkedHashMap<>();
        boolean structured = !"PAGE_TEXT".equals(found.source());
        if (structured && !NameSimilarity.normal(found.name()).equals(NameSimilarity.normal(Objects.requireNonNull(now.get("name"))))) {
            put(fields, "name", found.name());
        }
        if (now.get("summary") == null && now.get("description") == null) put(fields, "summary", found.description());
        if (found.url() != null && (declaresOwnUrl(found) || now.get("url") == null)
                && !Objects.equals(Normalisation.urlKey(found.url()).orElse(null), entry.urlKey())) {
            put(fields, "url", Normalisation.url(found.url()).orElse(found.url()));
        }
        if (!found.emails().isEmpty() && found.emails().stream().noneMatch(entry.emails()::contains)) {
            put(fields, "email", found.emails().getFirst());
        }
        if (!found.phones().isEmpty() && found.phones().stream().noneMatch(entry.phones()::contains)) {
            put(fields, "phone", found.phones().getFirst());
        }
        ExtractedEntry.Address a = found.address();
        String postcode = a == null || a.postcode() == null ? null : Normalisation.postcode(a.postcode()).orElse(null);
        if (postcode != null && !entry.postcodes().contains(postcode)) {
            put(fields, "postcode", postcode);
            if (differs(a.place(), now.get("city"))) put(fields, "city", a.place());
            if (differs(a.street(), now.get("address"))) put(fields, "address", a.street());
        } else if (a != null && now.get("city") == null) {
            put(fields, "city", a.place());
        }
        if (now.get("categories") == null) put(fields, "categories", String.join(", ", found.guessedCategories()));
        return fields;
    }

    /** Whether the entry's URL is its own (schema.org url) rather than the page it was read from. */
    static boolean declaresOwnUrl(ExtractedEntry found) {
        if (found.url() == null) return false;
        String own = Normalisation.urlKey(found.url()).orElse(found.url());
        String page = Normalisation.urlKey(found.sourcePage().toString()).orElse(found.sourcePage().toString());
        return !own.equals(page);
    }

    /** The catalogue kind a schema.org type suggests; an editor confirms it. */
    static String kind(String schemaType) {
        return switch (schemaType) {
            case "Organization", "NGO", "GovernmentOrganization" -> "organisation";
            default -> "provision";
        };
    }

    private static boolean differs(@Nullable String proposed, @Nullable String current) {
        return proposed != null && !proposed.isBlank()
                && (current == null || !proposed.strip().toLowerCase(Locale.ROOT).equals(current.strip().toLowerCase(Locale.ROOT)));
    }

    private static @Nullable String first(java.util.List<String> values) {
        return values.isEmpty() ? null : values.getFirst();
    }

    private static void put(Map<String, String> fields, String key, @Nullable String value) {
        if (value != null && !value.isBlank()) fields.put(key, value.strip());
    }
}
