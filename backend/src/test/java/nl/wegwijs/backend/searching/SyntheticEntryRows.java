package nl.wegwijs.backend.searching;

import java.sql.Timestamp;
import java.util.ArrayList;
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
 * rebuilds through the production path: SQL, mapping and index, not a side table.
 */
final class SyntheticEntryRows {

    private static final int BATCH = 2_000;
    private static final String ENTRY = "insert into entry (id, name, kind, status, summary, description, audience, region,"
            + " source, age_min, age_max, created_at, updated_at, version) values (?,?,?,'PUBLISHED',?,?,?,?,'synthetic',?,?,?,?,0)";

    private final JdbcTemplate jdbc;
    private final Map<String, String> termIds = new HashMap<>();
    private final Map<String, List<Object[]>> pending = new HashMap<>();

    SyntheticEntryRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        jdbc.query("select id, name from taxonomy_term", rs -> {
            termIds.put(rs.getString("name"), rs.getString("id"));
        });
    }

    void load(int n, long seed) {
        Timestamp now = new Timestamp(System.currentTimeMillis());
        new SyntheticCatalogue().entries(n, seed).forEach(e -> {
            add(ENTRY, e.id(), e.name(), e.kind(), e.summary(), e.body(), e.audience(), e.region(), e.ageMin(), e.ageMax(), now, now);
            e.categories().stream().map(this::termId).distinct()
                    .forEach(term -> add("insert into entry_category (entry_id, term_id) values (?,?)", e.id(), term));
            location(e);
            for (int i = 0; i < e.funding().size(); i++) {
                add("insert into entry_funding (entry_id, position, route) values (?,?,?)", e.id(), i, name(e.funding().get(i)));
            }
            e.forWhom().forEach(v -> add("insert into entry_for_whom (entry_id, for_whom) values (?,?)", e.id(), name(v)));
            e.access().forEach(v -> add("insert into entry_access_route (entry_id, access_route) values (?,?)", e.id(), name(v)));
            e.settings().forEach(v -> add("insert into entry_setting (entry_id, setting) values (?,?)", e.id(), name(v)));
            e.conditions().forEach(v -> add("insert into entry_target_condition (entry_id, condition) values (?,?)", e.id(), v));
        });
        flush(ENTRY);
        pending.keySet().forEach(this::flush);
    }

    private void location(IndexedEntry e) {
        for (String municipality : e.municipalities()) {
            add("insert into location (id, entry_id, municipality, latitude, longitude) values (?,?,?,?,?)",
                    UUID.randomUUID(), e.id(), municipality, e.lat(), e.lon());
        }
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

    private void add(String sql, Object... row) {
        List<Object[]> rows = pending.computeIfAbsent(sql, s -> new ArrayList<>());
        rows.add(row);
        if (rows.size() == BATCH) {
            // Entries first: the side tables reference them.
            flush(ENTRY);
            flush(sql);
        }
    }

    private void flush(String sql) {
        List<Object[]> rows = pending.get(sql);
        if (rows != null && !rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
            rows.clear();
        }
    }
}
