package nl.wegwijs.backend.searching;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.wegwijs.backend.searching.SyntheticEntryRows.Sink;
import nl.wegwijs.backend.searching.SyntheticEntryRows.Table;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How the synthetic rows reach the catalogue tables. COPY (text format, a few thousand entries per
 * statement) replaced the batched inserts, which wrote about 1,600 rows of entries a second
 * (100k in 62.4 s, 1M in 962.7 s under load): one INSERT per row, each parsed and bound on its own.
 * Both write the same rows ({@code SyntheticRowWriterTests}).
 */
enum SyntheticRowWriter {
    COPY {
        @Override
        void write(JdbcTemplate jdbc, Consumer<Sink> rows) {
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                CopySink sink = new CopySink(copy);
                rows.accept(sink);
                sink.flush();
                return null;
            });
        }
    },
    INSERT {
        @Override
        void write(JdbcTemplate jdbc, Consumer<Sink> rows) {
            InsertSink sink = new InsertSink(jdbc);
            rows.accept(sink);
            sink.flush();
        }
    };

    abstract void write(JdbcTemplate jdbc, Consumer<Sink> rows);

    /** {@code copy} (also when unset) or {@code insert}; anything else is reported and read as copy. */
    static SyntheticRowWriter fromSetting(String value) {
        if (value == null || value.isBlank()) return COPY;
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println("-D" + SyntheticEntryRows.WRITE + "=" + value + " is neither copy nor insert; writing with copy");
            return COPY;
        }
    }

    /** Entries per COPY statement: a few MB of text per table, whatever the number of entries. */
    private static final int COPY_ENTRIES = 5_000;
    private static final int INSERT_BATCH = 2_000;

    private static final class CopySink implements Sink {
        private final CopyManager copy;
        private final Map<Table, StringBuilder> text = new LinkedHashMap<>();
        private int entries;

        CopySink(CopyManager copy) {
            this.copy = copy;
            Table.ALL.forEach(t -> text.put(t, new StringBuilder()));
        }

        @Override
        public void row(Table table, Object... values) {
            StringBuilder line = text.get(table);
            for (int i = 0; i < values.length; i++) {
                if (i > 0) line.append('\t');
                field(line, values[i]);
            }
            line.append('\n');
        }

        @Override
        public void entryDone() {
            if (++entries % COPY_ENTRIES == 0) flush();
        }

        /** In {@link Table#ALL}'s order, so every entry exists before the rows that reference it. */
        void flush() {
            text.forEach((table, lines) -> {
                if (lines.isEmpty()) return;
                String sql = "copy " + table.name() + " (" + String.join(", ", table.columns()) + ") from stdin";
                try {
                    copy.copyIn(sql, new StringReader(lines.toString()));
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(sql, e);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                lines.setLength(0);
            });
        }

        /** COPY's text format: \N is null; backslash, tab, newline and carriage return are escaped. */
        private static void field(StringBuilder line, Object value) {
            switch (value) {
                case null -> line.append("\\N");
                case Timestamp t -> line.append(t.toInstant());
                case String s -> {
                    for (int i = 0; i < s.length(); i++) {
                        char c = s.charAt(i);
                        switch (c) {
                            case '\\' -> line.append("\\\\");
                            case '\t' -> line.append("\\t");
                            case '\n' -> line.append("\\n");
                            case '\r' -> line.append("\\r");
                            default -> line.append(c);
                        }
                    }
                }
                default -> line.append(value);
            }
        }
    }

    private static final class InsertSink implements Sink {
        private final JdbcTemplate jdbc;
        private final Map<Table, List<Object[]>> pending = new LinkedHashMap<>();

        InsertSink(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
            Table.ALL.forEach(t -> pending.put(t, new ArrayList<>()));
        }

        @Override
        public void row(Table table, Object... values) {
            List<Object[]> rows = pending.get(table);
            rows.add(values);
            if (rows.size() == INSERT_BATCH) {
                // Entries first: the side tables reference them.
                flush(Table.ENTRY);
                flush(table);
            }
        }

        void flush() {
            Table.ALL.forEach(this::flush);
        }

        private void flush(Table table) {
            List<Object[]> rows = pending.get(table);
            if (rows.isEmpty()) return;
            String sql = "insert into " + table.name() + " (" + String.join(", ", table.columns()) + ") values ("
                    + table.columns().stream().map(c -> "?").collect(Collectors.joining(",")) + ")";
            jdbc.batchUpdate(sql, rows);
            rows.clear();
        }
    }
}
