package nl.wegwijs.backend.interop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wegwijs.backend.catalogue.AccessRoute;
import nl.wegwijs.backend.catalogue.Entry;
import nl.wegwijs.backend.catalogue.ForWhom;
import nl.wegwijs.backend.catalogue.Funding;
import nl.wegwijs.backend.catalogue.Kind;
import nl.wegwijs.backend.catalogue.Location;
import nl.wegwijs.backend.catalogue.TaxonomyTerm;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The entries CSV: one row per entry, the first place's address, several values in one cell joined
 * by " | ". Cells that start with = + - @ get a leading apostrophe on export (OWASP "CSV injection"),
 * which the import takes off again.
 */
final class EntryCsv {

    static final List<String> COLUMNS = List.of("id", "status", "name", "kind", "summary", "summary_en", "description",
            "audience", "region", "url", "email", "phone", "age_min", "age_max", "address", "postcode", "city",
            "municipality", "latitude", "longitude", "categories", "funding", "for_whom", "access");
    static final String JOIN = " | ";

    private EntryCsv() {}

    static List<String> row(Entry e) {
        Location p = e.getLocations().isEmpty() ? null : e.getLocations().getFirst();
        List<String> cells = new ArrayList<>(Arrays.asList(e.getId(), e.getStatus().name().toLowerCase(Locale.ROOT),
                e.getName(), e.getKind().code(), e.getSummary(), e.getSummaryEn(), e.getDescription(), e.getAudience(),
                e.getRegion(), e.getUrl(), e.getEmail(), e.getPhone(), str(e.getEligibility().ageMin()),
                str(e.getEligibility().ageMax()), p == null ? null : p.getAddressLine(), p == null ? null : p.getPostcode(),
                p == null ? null : p.getCity(), p == null ? null : p.getMunicipality(), p == null ? null : str(p.getLatitude()),
                p == null ? null : str(p.getLongitude()),
                e.getCategories().stream().map(TaxonomyTerm::getName).sorted().collect(Collectors.joining(JOIN)),
                e.getFunding().stream().map(f -> f.detail() == null ? f.route().code() : f.detail()).collect(Collectors.joining(JOIN)),
                e.getForWhom().stream().map(v -> v.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(JOIN)),
                e.getAccessRoutes().stream().map(v -> v.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(JOIN))));
        cells.replaceAll(v -> v == null ? "" : guard(v));
        return cells;
    }

    /** Reads one row; problems name the line (the header is line 1) and the column. */
    static ImportedEntry.@Nullable Place place(Map<String, @Nullable String> v) {
        if (v.get("city") == null && v.get("postcode") == null && v.get("address") == null && v.get("latitude") == null) return null;
        return new ImportedEntry.Place(null, v.get("address"), postcode(v.get("postcode")), v.get("city"), v.get("municipality"),
                dbl(v.get("latitude")), dbl(v.get("longitude")));
    }

    static @Nullable ImportedEntry read(CSVRecord record, int line, List<ImportProblem> problems) {
        Map<String, @Nullable String> v = new LinkedHashMap<>();
        for (String column : COLUMNS) {
            v.put(column, record.isMapped(column) && record.isSet(column) ? ImportChecks.text(unguard(record.get(column))) : null);
        }
        String id = v.get("id") != null ? v.get("id") : v.get("name") == null ? null : TaxonomyTerm.slug(v.get("name"));
        int before = problems.size();
        Map<String, @Nullable String> checked = new LinkedHashMap<>();
        for (String[] pair : new String[][] {{"name", "name"}, {"kind", "kind"}, {"url", "url"}, {"email", "email"},
                {"phone", "phone"}, {"ageMin", "age_min"}, {"ageMax", "age_max"}, {"postcode", "postcode"},
                {"latitude", "latitude"}, {"longitude", "longitude"}}) {
            checked.put(pair[0], v.get(pair[1]));
        }
        if (checked.get("kind") == null) checked.put("kind", "provision");
        ImportChecks.check(checked).forEach(f -> problems.add(problem(line, id, column(f.field()), f.code(), f.value())));
        if (id != null && !id.matches("[a-z0-9][a-z0-9-]{0,99}")) problems.add(problem(line, id, "id", "field.value.unknown", id));
        Kind kind = null;
        try {
            kind = Kind.fromCode(checked.get("kind"));
        } catch (IllegalArgumentException e) {
            problems.add(problem(line, id, "kind", "field.kind.unknown", v.get("kind")));
        }
        String status = v.get("status") == null ? "draft" : v.get("status").toLowerCase(Locale.ROOT);
        if (!status.equals("draft") && !status.equals("published")) problems.add(problem(line, id, "status", "field.value.unknown", status));
        Set<ForWhom> forWhom = codes(v.get("for_whom"), ForWhom.class, line, id, "for_whom", problems);
        Set<AccessRoute> access = codes(v.get("access"), AccessRoute.class, line, id, "access", problems);
        if (problems.size() > before || kind == null || id == null) return null;
        var place = place(v);
        return new ImportedEntry(id, v.get("name"), kind, status.equals("published"), v.get("summary"), v.get("summary_en"),
                v.get("description"), v.get("audience"), v.get("region"), v.get("url"), v.get("email"), v.get("phone"),
                integer(v.get("age_min")), integer(v.get("age_max")), null, null, split(v.get("categories")),
                split(v.get("funding")).stream().map(Funding::from).toList(), forWhom, access, Set.of(), List.of(), List.of(),
                place == null ? List.of() : List.of(place), List.of(), null);
    }

    static List<String> split(@Nullable String cell) {
        if (cell == null) return List.of();
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    static ImportProblem problem(int line, @Nullable String id, String column, String code, @Nullable String value) {
        return ImportProblem.atLine(line, id, column, code, value,
                "line " + line + ", column " + column + ": '" + (value == null ? "" : value) + "' " + ImportChecks.message(code));
    }

    private static <E extends Enum<E>> Set<E> codes(@Nullable String cell, Class<E> type, int line, @Nullable String id,
            String column, List<ImportProblem> problems) {
        Set<E> set = EnumSet.noneOf(type);
        for (String code : split(cell)) {
            try {
                set.add(Enum.valueOf(type, code.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add(problem(line, id, column, "field.value.unknown", code));
            }
        }
        return set;
    }

    private static String column(String field) {
        return switch (field) {
            case "ageMin" -> "age_min";
            case "ageMax" -> "age_max";
            default -> field;
        };
    }

    private static String guard(String v) {
        return !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
    }

    private static String unguard(String v) {
        return v.length() > 1 && v.charAt(0) == '\'' && "=+-@".indexOf(v.charAt(1)) >= 0 ? v.substring(1) : v;
    }

    private static @Nullable String postcode(@Nullable String v) {
        if (v == null) return null;
        String s = v.replace(" ", "").toUpperCase(Locale.ROOT);
        return s.length() == 6 ? s.substring(0, 4) + " " + s.substring(4) : v;
    }

    private static @Nullable String str(@Nullable Object o) {
        return o == null ? null : o.toString();
    }

    private static @Nullable Integer integer(@Nullable String v) {
        return v == null ? null : Integer.valueOf(v);
    }

    private static @Nullable Double dbl(@Nullable String v) {
        return v == null ? null : Double.valueOf(v);
    }
}
