package nl.wegwijs.backend.interop;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.wegwijs.backend.catalogue.AccessRoute;
import nl.wegwijs.backend.catalogue.ForWhom;
import nl.wegwijs.backend.catalogue.Funding;
import nl.wegwijs.backend.catalogue.FundingRoute;
import nl.wegwijs.backend.catalogue.Kind;
import nl.wegwijs.backend.catalogue.Setting;
import nl.wegwijs.backend.catalogue.SourceReference;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads one HSDS service (already valid against the schema) into an {@link ImportedEntry}. Our own
 * attributes ({@link WegwijsTaxonomy}) give back what the export carried; a service from elsewhere
 * gets its HSDS id as our id and the kind "provision". Every problem names the field by its HSDS path.
 */
final class HsdsReader {

    private final int index;
    private final List<ImportProblem> problems;
    private final List<ImportProblem> warnings;
    private @Nullable String recordId;

    HsdsReader(int index, List<ImportProblem> problems, List<ImportProblem> warnings) {
        this.index = index;
        this.problems = problems;
        this.warnings = warnings;
    }

    @Nullable ImportedEntry read(JsonNode s) {
        int before = problems.size();
        String hsdsId = Objects.requireNonNull(text(s, "id"));
        // Problems found while reading the attributes already name the record by our id, when it carries one.
        recordId = ownId(s.path("attributes")).orElse(hsdsId.toLowerCase(Locale.ROOT));
        Map<String, List<String>> ours = attributes(s.path("attributes"));
        String id = first(ours, WegwijsTaxonomy.ID, hsdsId.toLowerCase(Locale.ROOT));
        recordId = id;
        if (!id.matches("[a-z0-9][a-z0-9-]{0,99}")) problem("attributes.wegwijs-id", "field.value.unknown", id);
        String summary = first(ours, WegwijsTaxonomy.SUMMARY, null);
        String description = text(s, "description");
        if (summary == null) {
            summary = description;
            description = null;
        } else if (summary.equals(description)) {
            description = null;
        }
        String url = original(ours, WegwijsTaxonomy.ORIGINAL_URL, text(s, "url"), true);
        String email = original(ours, WegwijsTaxonomy.ORIGINAL_EMAIL, text(s, "email"), false);
        JsonNode phone = s.path("phones").path(0);
        Map<String, @Nullable String> checked = new LinkedHashMap<>();
        checked.put("name", text(s, "name"));
        checked.put("url", text(s, "url"));
        checked.put("email", text(s, "email"));
        checked.put("phone", text(phone, "number"));
        checked.put("ageMin", age(s, "minimum_age"));
        checked.put("ageMax", age(s, "maximum_age"));
        ImportChecks.check(checked).forEach(f -> problem(hsdsField(f.field()), f.code(), f.value()));
        Kind kind = kind(first(ours, WegwijsTaxonomy.KIND, "provision"));
        List<ImportedEntry.Place> places = places(s.path("service_at_locations"));
        List<Funding> funding = funding(s.path("funding"));
        if (problems.size() > before || kind == null) return null;
        return new ImportedEntry(id, Objects.requireNonNull(text(s, "name")), kind, "active".equals(text(s, "status")),
                summary, first(ours, WegwijsTaxonomy.SUMMARY_EN, null), description, text(s, "eligibility_description"),
                first(ours, WegwijsTaxonomy.REGION, null), url, email, text(phone, "number"),
                integer(checked.get("ageMin")), integer(checked.get("ageMax")), date(s, "assured_date"),
                text(s, "wait_time"), categories(s.path("attributes")), funding,
                codes(ours, WegwijsTaxonomy.FOR_WHOM, ForWhom.class), codes(ours, WegwijsTaxonomy.ACCESS, AccessRoute.class),
                codes(ours, WegwijsTaxonomy.SETTING, Setting.class), ours.getOrDefault(WegwijsTaxonomy.TARGET_CONDITION.code, List.of()),
                ours.getOrDefault(WegwijsTaxonomy.SOURCE.code, List.of()).stream().map(HsdsReader::source).toList(),
                places, contacts(s.path("contacts")), organisation(s.path("organization")));
    }

    /** Our attributes by term code; attributes of other taxonomies are kept as warnings, not lost silently. */
    private Map<String, List<String>> attributes(JsonNode attributes) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        int i = 0;
        for (JsonNode a : attributes) {
            JsonNode term = a.path("taxonomy_term");
            String taxonomy = text(term, "taxonomy");
            String code = Objects.requireNonNullElse(text(term, "code"), Objects.requireNonNullElse(text(term, "name"), ""));
            if (WegwijsTaxonomy.TAXONOMY.equals(taxonomy) && WegwijsTaxonomy.byCode(code).isPresent()) {
                String value = text(a, "value");
                if (value != null) values.computeIfAbsent(code, k -> new ArrayList<>()).add(value);
            } else if (WegwijsTaxonomy.TAXONOMY.equals(taxonomy)) {
                // Our own taxonomy has a fixed list of terms: an unknown one is a mistake, not someone else's data.
                problem("attributes[" + i + "].taxonomy_term", "hsds.term.unknown", code);
            } else if (!WegwijsTaxonomy.CATEGORY_TAXONOMY.equals(taxonomy)) {
                warnings.add(ImportProblem.atIndex(index, recordId, "attributes[" + i + "]", "hsds.taxonomy.unknown", text(term, "name"),
                        "taxonomy term '" + text(term, "name") + "' of taxonomy '" + taxonomy + "' is not ours and was not imported"));
            }
            i++;
        }
        return values;
    }

    private static java.util.Optional<String> ownId(JsonNode attributes) {
        for (JsonNode a : attributes) {
            JsonNode term = a.path("taxonomy_term");
            if (WegwijsTaxonomy.TAXONOMY.equals(text(term, "taxonomy")) && WegwijsTaxonomy.ID.code.equals(text(term, "code"))
                    && text(a, "value") != null) {
                return java.util.Optional.of(Objects.requireNonNull(text(a, "value")));
            }
        }
        return java.util.Optional.empty();
    }

    private List<String> categories(JsonNode attributes) {
        List<String> names = new ArrayList<>();
        for (JsonNode a : attributes) {
            JsonNode term = a.path("taxonomy_term");
            if (WegwijsTaxonomy.CATEGORY_TAXONOMY.equals(text(term, "taxonomy")) && text(term, "name") != null) {
                names.add(Objects.requireNonNull(text(term, "name")));
            }
        }
        return names;
    }

    private List<Funding> funding(JsonNode funding) {
        List<Funding> lines = new ArrayList<>();
        for (JsonNode f : funding) {
            String source = text(f, "source");
            Map<String, List<String>> ours = attributes(f.path("attributes"));
            String routeCode = first(ours, WegwijsTaxonomy.FUNDING_ROUTE, null);
            if (source == null && routeCode == null) continue;
            FundingRoute route = routeCode == null ? FundingRoute.recognise(Objects.requireNonNull(source)) : route(routeCode);
            if (route == null) continue;
            // A line that was only a route is exported with the route's code as its source.
            lines.add(new Funding(route, source == null || source.equals(route.code()) ? null : source));
        }
        return lines;
    }

    private List<ImportedEntry.Place> places(JsonNode sals) {
        List<ImportedEntry.Place> places = new ArrayList<>();
        int i = 0;
        for (JsonNode sal : sals) {
            JsonNode loc = sal.path("location");
            JsonNode address = loc.path("addresses").path(0);
            String lat = number(loc, "latitude"), lon = number(loc, "longitude");
            String postcode = text(address, "postal_code");
            String path = "service_at_locations[" + i++ + "].location.";
            Map<String, @Nullable String> checked = new LinkedHashMap<>();
            checked.put("postcode", postcode);
            checked.put("latitude", lat);
            checked.put("longitude", lon);
            ImportChecks.check(checked).forEach(f -> problem(path + switch (f.field()) {
                case "postcode" -> "addresses[0].postal_code";
                default -> f.field();
            }, f.code(), f.value()));
            places.add(new ImportedEntry.Place(text(loc, "name"), text(address, "address_1"), postcode,
                    text(address, "city"), text(address, "region"), lat == null ? null : Double.valueOf(lat),
                    lon == null ? null : Double.valueOf(lon)));
        }
        return places;
    }

    private List<ImportedEntry.Person> contacts(JsonNode contacts) {
        List<ImportedEntry.Person> people = new ArrayList<>();
        for (JsonNode c : contacts) {
            people.add(new ImportedEntry.Person(text(c, "name"), text(c, "title"), text(c.path("phones").path(0), "number"),
                    text(c, "email")));
        }
        return people;
    }

    private ImportedEntry.@Nullable Org organisation(JsonNode o) {
        if (o.isMissingNode() || o.isNull()) return null;
        Map<String, List<String>> ours = attributes(o.path("attributes"));
        String id = first(ours, WegwijsTaxonomy.ID, Objects.requireNonNull(text(o, "id")));
        String description = text(o, "description");
        String name = Objects.requireNonNull(text(o, "name"));
        return new ImportedEntry.Org(id, name, name.equals(description) ? null : description,
                original(ours, WegwijsTaxonomy.ORIGINAL_URL, text(o, "website"), true),
                original(ours, WegwijsTaxonomy.ORIGINAL_EMAIL, text(o, "email"), false), text(o.path("phones").path(0), "number"));
    }

    /** The stored spelling from our attribute, but only when it really is a spelling of the validated HSDS value. */
    private static @Nullable String original(Map<String, List<String>> ours, WegwijsTaxonomy field, @Nullable String hsds,
            boolean url) {
        String stored = first(ours, field, null);
        if (stored == null) return hsds;
        return (url ? HsdsValues.sameUrl(stored, hsds) : HsdsValues.sameEmail(stored, hsds)) ? stored : hsds;
    }

    private @Nullable Kind kind(String code) {
        try {
            return Kind.fromCode(code);
        } catch (IllegalArgumentException e) {
            problem("attributes.soort", "field.kind.unknown", code);
            return null;
        }
    }

    private <E extends Enum<E>> Set<E> codes(Map<String, List<String>> ours, WegwijsTaxonomy field, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        for (String code : ours.getOrDefault(field.code, List.of())) {
            try {
                set.add(Enum.valueOf(type, code.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problem("attributes." + field.code, "field.value.unknown", code);
            }
        }
        return set;
    }

    private @Nullable FundingRoute route(String code) {
        try {
            return FundingRoute.valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem("funding.attributes.financiering", "field.value.unknown", code);
            return null;
        }
    }

    private @Nullable LocalDate date(JsonNode s, String field) {
        String v = text(s, field);
        try {
            return v == null ? null : LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
        } catch (DateTimeParseException e) {
            problem(field, "field.date.invalid", v);
            return null;
        }
    }

    private @Nullable String age(JsonNode s, String field) {
        JsonNode v = s.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isIntegralNumber() && !(v.isNumber() && v.asDouble() == Math.rint(v.asDouble()))) return "x";
        return String.valueOf(v.asLong());
    }

    private static @Nullable String number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || !v.isNumber() ? null : String.valueOf(v.asDouble());
    }

    private void problem(String field, String code, @Nullable String value) {
        problems.add(ImportProblem.atIndex(index, recordId, field, code, value, field + " " + ImportChecks.message(code)));
    }

    private static String hsdsField(String ours) {
        return switch (ours) {
            case "phone" -> "phones[0].number";
            case "ageMin" -> "minimum_age";
            case "ageMax" -> "maximum_age";
            default -> ours;
        };
    }

    private static SourceReference source(String text) {
        int hash = text.lastIndexOf('#');
        return hash < 0 ? new SourceReference(text, null) : new SourceReference(text.substring(0, hash), text.substring(hash + 1));
    }

    private static @Nullable Integer integer(@Nullable String v) {
        return v == null ? null : Integer.valueOf(v);
    }

    private static @Nullable String first(Map<String, List<String>> ours, WegwijsTaxonomy field, @Nullable String fallback) {
        List<String> values = ours.get(field.code);
        return values == null || values.isEmpty() ? fallback : values.getFirst();
    }

    static @Nullable String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.isContainer() ? null : ImportChecks.text(v.asString());
    }
}
