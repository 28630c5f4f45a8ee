package nl.wegwijs.backend.mapquality;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How many published entries of each kind a family finds within {@code radiusKm} of each place the catalogue
 * names, for one target group ({@code forWhom} null = everyone) and one target condition ({@code condition} null = any,
 * also none). A 0 is a gap in the region.
 */
public record CoverageTable(double radiusKm, @Nullable String forWhom, @Nullable String condition, List<String> kinds,
        List<Row> rows) {

    /** One place: a municipality or region centre from the gazetteer, and the count per kind (in {@link #kinds} order). */
    public record Row(String place, String province, List<Integer> counts) {

        public Row {
            counts = List.copyOf(counts);
        }

        public int count(int kindIndex) {
            return counts.get(kindIndex);
        }
    }

    public CoverageTable {
        kinds = List.copyOf(kinds);
        rows = List.copyOf(rows);
    }

    /** How many cells are 0. */
    public long gaps() {
        return rows.stream().flatMap(r -> r.counts().stream()).filter(c -> c == 0).count();
    }
}
