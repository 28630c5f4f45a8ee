package nl.wegwijs.backend.searching;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.index.IndexedEntry;
import nl.wegwijs.index.bench.SyntheticCatalogue;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the index module's synthetic entries into the real catalogue tables (entry, categories,
 * location, funding, for whom, access, setting, conditions) as published entries, so a benchmark
 * rebuilds through the production path: SQL, mapping and index, not a side table. The rows of an
 * entry are made here once ({@link #rows}) and written by either {@link SyntheticRowWriter}: COPY
 * (the default) or the batched inserts it replaced ({@code -Dwegwijs.bench.write=insert}), so both
 * write the same rows.
 */
final class SyntheticEntryRows {

    static final String WRITE = "wegwijs.bench.write";

    /** A catalogue table as the synthetic rows fill it: its name and the columns they set. */
    record Table(String name, List<String> columns) {
        static final Table ENTRY = new Table("entry", List.of("id", "name", "kind", "status", "summary", "description",
                "audience", "region", "source", "age_min", "age_max", "created_at", "updated_at", "version"));
        static final Table CATEGORY = new Table("entry_category", List.of("entry_id", "term_id"));
        static final Table LOCATION = new Table("location", List.of("id", "entry_id", "municipality", "latitude", "longitude"));
        static final Table FUNDING = new Table("entry_funding", List.of("entry_id", "position", "route"));
        static final Table FOR_WHOM = new Table("entry_for_whom", List.of("entry_id", "for_whom"));
        static final Table ACCESS = new Table("entry_access_route", List.of("entry_id", "access_route"));
        static final Table SETTING = new Table("entry_setting", List.of("entry_id", "setting"));
        static final Table CONDITION = new Table("entry_target_condition", List.of("entry_id", "condition"));
        /** Entries first: the other tables reference them. */
        static final List<Table> ALL = List.of(ENTRY, CATEGORY, LOCATION, FUNDING, FOR_WHOM, ACCESS, SETTING, CONDITION);
    }

    /** Receives the rows of one entry after another; {@link #entryDone} after each entry's rows. */
    interface Sink {
        void row(Table table, Object... values);

        default void entryDone() {}
    }

    private final JdbcTemplate jdbc;
    private final Map<String, String> termIds = new HashMap<>();

    SyntheticEntryRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        jdbc.query("select id, name from taxonomy_term", rs -> {
            termIds.put(rs.getString("name"), rs.getString("id"));
        });
    }

    /** Writes {@code n} entries of {@code seed} the way {@value #WRITE} says (copy unless insert). */
    void load(int n, long seed) {
        load(n, seed, SyntheticRowWriter.fromSetting(System.getProperty(WRITE)), new Timestamp(System.currentTimeMillis()));
    }

    void load(int n, long seed, SyntheticRowWriter writer, Timestamp now) {
        writer.write(jdbc, sink -> new SyntheticCatalogue().entries(n, seed).forEach(e -> {
            rows(e, now, sink);
            sink.entryDone();
        }));
    }

    private void rows(IndexedEntry e, Timestamp now, Sink sink) {
        sink.row(Table.ENTRY, e.id(), e.name(), e.kind(), "PUBLISHED", e.summary(), e.body(), e.audience(), e.region(),
                "synthetic", e.ageMin(), e.ageMax(), now, now, 0);
        e.categories().stream().map(this::termId).distinct().forEach(term -> sink.row(Table.CATEGORY, e.id(), term));
        for (String municipality : e.municipalities()) {
            sink.row(Table.LOCATION, UUID.randomUUID(), e.id(), municipality, e.lat(), e.lon());
        }
        for (int i = 0; i < e.funding().size(); i++) {
            sink.row(Table.FUNDING, e.id(), i, name(e.funding().get(i)));
        }
        e.forWhom().forEach(v -> sink.row(Table.FOR_WHOM, e.id(), name(v)));
        e.access().forEach(v -> sink.row(Table.ACCESS, e.id(), name(v)));
        e.settings().forEach(v -> sink.row(Table.SETTING, e.id(), name(v)));
        e.conditions().forEach(v -> sink.row(Table.CONDITION, e.id(), v));
    }

    private String termId(String name) {
        return termIds.computeIfAbsent(name, missing -> {
            String id = "synthetic-term-" + termIds.size();
            jdbc.update("insert into taxonomy_term (id, name) values (?, ?)", id, missing);
            return id;
        });
    }

    /** The index's code (vrij-toegankelijk) back to the enum name the tables store (VRIJ_TOEGANKELIJK). */
    private static String name(String code) {
        return code.toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
