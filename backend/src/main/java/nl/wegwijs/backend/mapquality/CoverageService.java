package nl.wegwijs.backend.mapquality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.wegwijs.backend.catalogue.ForWhom;
import nl.wegwijs.backend.catalogue.Kind;
import nl.wegwijs.backend.catalogue.TargetConditions;
import nl.wegwijs.backend.region.Gazetteer;
import nl.wegwijs.index.DutchPlaces;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coverage per place × kind × target group (and target condition): for every municipality or region the published
 * catalogue names, how many published entries of a kind lie within the radius of its gazetteer centre. An entry's
 * position is that of its places (coordinates, else the gazetteer's for their municipality or city), else that of
 * its region. With a condition, only entries that name it count: a general respite house is not assumed to manage
 * the care a child with, say, severe multiple disabilities needs (issue 5's example).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('EDITOR')")
public class CoverageService {

    public static final double DEFAULT_RADIUS_KM = 30;
    /** The kinds a family looks for near home; knowledge, websites, tools and regulations are not bound to a place. */
    public static final List<String> KINDS = Stream.of(Kind.PROVISION, Kind.RESPITE_CARE, Kind.PARENT_ASSOCIATION,
            Kind.ORGANISATION).map(Kind::code).toList();
    /** The target groups, as the API's {@code for} filter spells them. */
    public static final List<String> GROUPS = Stream.of(ForWhom.values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList();
    /** The target conditions, as the editors' list codes them. */
    public static final List<String> CONDITIONS = TargetConditions.CODES;

    /** Words for the CSV: {@code key} as "csv.place", "kind.respite_care", "group.all", "condition.emb"; arguments as in the message. */
    @FunctionalInterface
    public interface Labels {
        String text(String key, Object... arguments);
    }

    private record Located(String kind, Set<String> forWhom, Set<String> conditions, List<DutchPlaces.Place> points) {}

    private final JdbcClient jdbc;
    private final Gazetteer gazetteer;

    CoverageService(JdbcClient jdbc, Gazetteer gazetteer) {
        this.jdbc = jdbc;
        this.gazetteer = gazetteer;
    }

    /** The table for one target group ({@code forWhom} null = everyone) within {@code radiusKm}. */
    public CoverageTable table(@Nullable String forWhom, double radiusKm) {
        return table(forWhom, null, radiusKm);
    }

    /** The table for one target group and one target condition (null = no filter on it) within {@code radiusKm}. */
    public CoverageTable table(@Nullable String forWhom, @Nullable String condition, double radiusKm) {
        return table(forWhom, condition, radiusKm, centres(), located());
    }

    /**
     * Every place × kind × target group (and "everyone") for one condition (null = any) as CSV for a spreadsheet, one
     * count a line so a filter on 0 shows every gap. The count column's header names the radius and the condition,
     * so a file read later still says what it counted.
     */
    public String csv(@Nullable String condition, double radiusKm, Labels label) {
        List<DutchPlaces.Place> centres = centres();
        List<Located> located = located();
        List<List<String>> lines = new ArrayList<>();
        long km = Math.round(radiusKm);
        lines.add(List.of(label.text("csv.place"), label.text("csv.province"), label.text("csv.kind"),
                label.text("csv.group"), condition == null ? label.text("csv.count", km)
                        : label.text("csv.count.condition", km, label.text("condition." + condition))));
        List<@Nullable String> groups = new ArrayList<>();
        groups.add(null);
        groups.addAll(GROUPS);
        for (String group : groups) {
            CoverageTable table = table(group, condition, radiusKm, centres, located);
            for (CoverageTable.Row row : table.rows()) {
                for (int k = 0; k < KINDS.size(); k++) {
                    lines.add(List.of(row.place(), row.province(), label.text("kind." + KINDS.get(k)),
                            label.text("group." + (group == null ? "all" : group)), Integer.toString(row.count(k))));
                }
            }
        }
        return CoverageCsv.of(lines);
    }

    private CoverageTable table(@Nullable String forWhom, @Nullable String condition, double radiusKm,
            List<DutchPlaces.Place> centres, List<Located> located) {
        List<Located> inGroup = located.stream().filter(l -> forWhom == null || l.forWhom().contains(forWhom))
                .filter(l -> condition == null || l.conditions().contains(condition)).toList();
        List<CoverageTable.Row> rows = new ArrayList<>();
        for (DutchPlaces.Place centre : centres) {
            List<Integer> counts = new ArrayList<>();
            for (String kind : KINDS) {
                counts.add((int) inGroup.stream().filter(l -> l.kind().equals(kind))
                        .filter(l -> l.points().stream().anyMatch(p -> Distance.km(centre.lat(), centre.lon(), p.lat(), p.lon()) <= radiusKm))
                        .count());
            }
            rows.add(new CoverageTable.Row(centre.name(), centre.province(), counts));
        }
        return new CoverageTable(radiusKm, forWhom, condition, KINDS, rows);
    }

    /** The gazetteer centres of every municipality, city and region that published entries name, by name. */
    private List<DutchPlaces.Place> centres() {
        Map<String, DutchPlaces.Place> centres = new TreeMap<>();
        jdbc.sql("""
                select e.region as name from entry e where e.status = 'PUBLISHED' and e.region is not null
                union select coalesce(nullif(trim(l.municipality), ''), l.city) from location l
                    join entry e on e.id = l.entry_id where e.status = 'PUBLISHED'""")
                .query(String.class).list().stream().filter(n -> n != null && !n.isBlank()).distinct()
                .forEach(name -> gazetteer.find(name).ifPresent(p -> centres.putIfAbsent(p.name() + "|" + p.province(), p)));
        return centres.values().stream().sorted(Comparator.comparing(DutchPlaces.Place::name)).toList();
    }

    /** Published entries of the place-bound kinds with every position they have. */
    private List<Located> located() {
        Map<String, String> kinds = new LinkedHashMap<>();
        Map<String, String> regions = new HashMap<>();
        Map<String, Set<String>> forWhom = new HashMap<>();
        Map<String, List<DutchPlaces.Place>> points = new HashMap<>();
        jdbc.sql("select e.id, e.kind, e.region from entry e where e.status = 'PUBLISHED' and e.kind in (:kinds)")
                .param("kinds", KINDS).query(rs -> {
                    kinds.put(rs.getString(1), rs.getString(2));
                    if (rs.getString(3) != null) regions.put(rs.getString(1), rs.getString(3));
                });
        jdbc.sql("select f.entry_id, f.for_whom from entry_for_whom f").query(rs -> {
            if (kinds.containsKey(rs.getString(1))) {
                forWhom.computeIfAbsent(rs.getString(1), id -> new java.util.HashSet<>()).add(rs.getString(2).toLowerCase(Locale.ROOT));
            }
        });
        Map<String, Set<String>> conditions = new HashMap<>();
        jdbc.sql("select c.entry_id, c.condition from entry_target_condition c").query(rs -> {
            if (kinds.containsKey(rs.getString(1))) {
                conditions.computeIfAbsent(rs.getString(1), id -> new java.util.HashSet<>()).add(rs.getString(2));
            }
        });
        jdbc.sql("select l.entry_id, l.latitude, l.longitude, coalesce(nullif(trim(l.municipality), ''), l.city) from location l")
                .query(rs -> {
                    String id = rs.getString(1);
                    if (!kinds.containsKey(id)) return;
                    double lat = rs.getDouble(2);
                    DutchPlaces.Place point = rs.wasNull() ? place(rs.getString(4))
                            : new DutchPlaces.Place("", "", lat, rs.getDouble(3));
                    if (point != null) points.computeIfAbsent(id, i -> new ArrayList<>()).add(point);
                });
        List<Located> located = new ArrayList<>();
        kinds.forEach((id, kind) -> {
            List<DutchPlaces.Place> at = points.getOrDefault(id, new ArrayList<>());
            if (at.isEmpty() && place(regions.get(id)) != null) at = List.of(place(regions.get(id)));
            if (!at.isEmpty()) {
                located.add(new Located(kind, forWhom.getOrDefault(id, Set.of()), conditions.getOrDefault(id, Set.of()), at));
            }
        });
        return located;
    }

    private DutchPlaces.@Nullable Place place(@Nullable String name) {
        return name == null ? null : gazetteer.find(name).orElse(null);
    }
}
