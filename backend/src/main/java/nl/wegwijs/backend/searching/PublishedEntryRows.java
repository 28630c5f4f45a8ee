package nl.wegwijs.backend.searching;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.wegwijs.backend.catalogue.AccessRoute;
import nl.wegwijs.backend.catalogue.ForWhom;
import nl.wegwijs.backend.catalogue.FundingRoute;
import nl.wegwijs.backend.catalogue.Kind;
import nl.wegwijs.backend.catalogue.Setting;
import nl.wegwijs.index.IndexedEntry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The published catalogue as index documents, read with one SQL statement instead of an entity
 * graph: a rebuild of a million entries must not hold (or even build) a million {@code Entry}
 * objects with ten lazy collections each. The result is the same document {@link IndexedEntryMapper}
 * makes from the entity ({@code PublishedEntryRowsTests} checks every demo entry), so an edit
 * indexed one at a time and a full rebuild agree.
 */
final class PublishedEntryRows {

    private static final Logger LOG = LoggerFactory.getLogger(PublishedEntryRows.class);

    static final String COUNT = "select count(*) from entry where status = 'PUBLISHED'";
    /**
     * The same rows as {@link #CORRELATED}, with each child table read once and grouped by entry
     * (hash or merge joins) instead of nine index lookups per entry: at 100k synthetic entries the
     * correlated form cost PostgreSQL about 15 s of CPU per rebuild (RebuildSplitProbe, round s15),
     * CPU the two indexing threads then lacked on 2 cores. Funding keeps its position order. Locations
     * and target conditions have no order column, so neither statement (nor Hibernate's load) promises
     * one; here they come in heap order (ctid), which is what the correlated form returned on the demo
     * catalogue (StreamedRebuildTests), while on a large table its index scans could return conditions in
     * key order instead. Only the first location's point and the order of distinct municipalities depend
     * on it. Children of unpublished entries are grouped too and dropped by the join.
     */
    static final String SELECT = """
            select e.id, e.name, e.kind, e.region, e.audience, e.summary, e.description, o.name as organisation,
                   e.age_min, e.age_max, e.updated_at,
                   coalesce(cat.v, '{}') as categories,
                   coalesce(loc.municipalities, '{}') as municipalities,
                   loc.first_point,
                   coalesce(fun.v, '{}') as funding,
                   coalesce(fw.v, '{}') as for_whom,
                   coalesce(acc.v, '{}') as access,
                   coalesce(st.v, '{}') as settings,
                   coalesce(tc.v, '{}') as conditions
            from entry e
            left join organization o on o.id = e.organization_id
            left join (select c.entry_id, array_agg(t.name) as v
                       from entry_category c join taxonomy_term t on t.id = c.term_id group by c.entry_id) cat
                   on cat.entry_id = e.id
            left join (select l.entry_id, array_agg(l.municipality order by l.ctid) as municipalities,
                              array[(array_agg(l.latitude order by l.ctid))[1],
                                    (array_agg(l.longitude order by l.ctid))[1]] as first_point
                       from location l group by l.entry_id) loc
                   on loc.entry_id = e.id
            left join (select f.entry_id, array_agg(f.route order by f.position) as v
                       from entry_funding f group by f.entry_id) fun on fun.entry_id = e.id
            left join (select w.entry_id, array_agg(w.for_whom) as v
                       from entry_for_whom w group by w.entry_id) fw on fw.entry_id = e.id
            left join (select a.entry_id, array_agg(a.access_route) as v
                       from entry_access_route a group by a.entry_id) acc on acc.entry_id = e.id
            left join (select s.entry_id, array_agg(s.setting) as v
                       from entry_setting s group by s.entry_id) st on st.entry_id = e.id
            left join (select x.entry_id, array_agg(x.condition order by x.ctid) as v
                       from entry_target_condition x group by x.entry_id) tc on tc.entry_id = e.id
            where e.status = 'PUBLISHED'
            order by e.id""";

    /** -Dwegwijs.search.rebuildSql=correlated reads with {@link #CORRELATED} again, for an A/B in one JVM. */
    static final String SQL_PROPERTY = "wegwijs.search.rebuildSql";

    /**
     * One row per entry with its collections as arrays (correlated index scans, no join fan-out).
     * Funding is ordered by position like the entity's list; the other collections come in the
     * order Hibernate loads them (index order), and categories and enum codes are sorted in Java
     * exactly as {@link IndexedEntryMapper} sorts them. In id order, like the paged entity walk this
     * replaces: a small catalogue is indexed in stream order, and equally scored hits keep that order.
     */
    static final String CORRELATED = """
            select e.id, e.name, e.kind, e.region, e.audience, e.summary, e.description, o.name as organisation,
                   e.age_min, e.age_max, e.updated_at,
                   array(select t.name from entry_category c join taxonomy_term t on t.id = c.term_id
                         where c.entry_id = e.id) as categories,
                   array(select l.municipality from location l where l.entry_id = e.id) as municipalities,
                   (select array[l.latitude, l.longitude] from location l where l.entry_id = e.id limit 1) as first_point,
                   array(select f.route from entry_funding f where f.entry_id = e.id order by f.position) as funding,
                   array(select w.for_whom from entry_for_whom w where w.entry_id = e.id) as for_whom,
                   array(select a.access_route from entry_access_route a where a.entry_id = e.id) as access,
                   array(select s.setting from entry_setting s where s.entry_id = e.id) as settings,
                   array(select tc.condition from entry_target_condition tc where tc.entry_id = e.id) as conditions
            from entry e left join organization o on o.id = e.organization_id
            where e.status = 'PUBLISHED'
            order by e.id""";

    private PublishedEntryRows() {}

    /** The statement a rebuild reads with: {@link #SELECT} unless the property asks for the correlated one. */
    static String select() {
        String choice = System.getProperty(SQL_PROPERTY, "grouped").strip();
        return switch (choice) {
            case "grouped", "" -> SELECT;
            case "correlated" -> CORRELATED;
            default -> {
                LOG.warn("-D{}={} is neither 'grouped' nor 'correlated'; reading with 'grouped'", SQL_PROPERTY, choice);
                yield SELECT;
            }
        };
    }

    static IndexedEntry toIndexed(ResultSet rs) throws SQLException {
        @Nullable Double[] point = doubles(rs.getArray("first_point"));
        String body = Stream.of(rs.getString("description"), rs.getString("audience"), rs.getString("organisation"))
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining("\n"));
        return new IndexedEntry(
                rs.getString("id"),
                rs.getString("name"),
                Kind.fromCode(rs.getString("kind")).code(),
                strings(rs.getArray("categories")).sorted().toList(),
                orEmpty(rs.getString("region")),
                strings(rs.getArray("municipalities")).filter(Objects::nonNull).distinct().toList(),
                orEmpty(rs.getString("audience")),
                strings(rs.getArray("funding")).map(route -> FundingRoute.valueOf(route).code()).distinct().toList(),
                orEmpty(rs.getString("summary")),
                body,
                // Sets without an order (Hibernate loads them into hash sets): declaration order keeps rebuilds repeatable.
                codes(rs.getArray("for_whom"), ForWhom::valueOf),
                codes(rs.getArray("access"), AccessRoute::valueOf),
                codes(rs.getArray("settings"), Setting::valueOf),
                strings(rs.getArray("conditions")).toList(),
                (Integer) rs.getObject("age_min"),
                (Integer) rs.getObject("age_max"),
                point[0],
                point[1],
                rs.getTimestamp("updated_at").toInstant().toEpochMilli());
    }

    private static Stream<String> strings(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray());
    }

    private static @Nullable Double[] doubles(@Nullable Array array) throws SQLException {
        return array == null ? new Double[2] : (Double[]) array.getArray();
    }

    private static <E extends Enum<E>> List<String> codes(Array array, Function<String, E> parse) throws SQLException {
        return strings(array).map(parse).sorted(Comparator.naturalOrder()).distinct()
                .map(e -> e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).toList();
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }
}
