package nl.wegwijs.backend.searching;

import jakarta.annotation.PreDestroy;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts searches that found nothing, per normalised query text, in memory, and adds the counts to
 * {@code zero_result_query} once a minute and at shutdown. A search costs at most a map lookup and a
 * {@link LongAdder} increment (no lock, no database write); only the text is kept, never who asked.
 */
@Component
public class ZeroResultCounter {

    /** Longer texts are cut: the column is varchar(100) and the first words carry the meaning. */
    public static final int MAX_LENGTH = 100;

    /** Distinct texts held between two flushes; beyond this new texts are dropped, so a flood cannot exhaust memory. */
    static final int MAX_DISTINCT = 10_000;

    private static final Logger log = LoggerFactory.getLogger(ZeroResultCounter.class);
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Cntrl}]+");

    private final ConcurrentHashMap<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public ZeroResultCounter(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Lower case, accents folded (cliënt = client), whitespace collapsed and trimmed, cut at {@link #MAX_LENGTH}. */
    public static String normalise(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String collapsed = SPACE.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return collapsed.length() <= MAX_LENGTH ? collapsed : collapsed.substring(0, MAX_LENGTH).strip();
    }

    /** One search for {@code text} found nothing. Empty texts (pure filter searches) are not counted. */
    public void record(String text) {
        String key = normalise(text);
        if (key.isEmpty()) return;
        LongAdder count = counts.get(key);
        if (count == null) {
            if (counts.size() >= MAX_DISTINCT) return;
            count = counts.computeIfAbsent(key, k -> new LongAdder());
        }
        count.increment();
    }

    /** Adds what was counted since the last flush to the table; returns the number of texts written. */
    @Scheduled(fixedDelayString = "${wegwijs.search.zero-result-flush-interval:1m}",
            initialDelayString = "${wegwijs.search.zero-result-flush-interval:1m}")
    public synchronized int flush() {
        List<Object[]> rows = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (Map.Entry<String, LongAdder> e : counts.entrySet()) {
            // Removing first means an increment racing with this flush may be lost: acceptable for
            // statistics, and it keeps the hot path free of locks.
            if (counts.remove(e.getKey(), e.getValue())) {
                long n = e.getValue().sum();
                if (n > 0) rows.add(new Object[] {e.getKey(), n, today, today});
            }
        }
        if (rows.isEmpty()) return 0;
        try {
            jdbc.batchUpdate("""
                    insert into zero_result_query (query, search_count, first_seen, last_seen) values (?, ?, ?, ?)
                    on conflict (query) do update set search_count = zero_result_query.search_count + excluded.search_count,
                        last_seen = greatest(zero_result_query.last_seen, excluded.last_seen)""", rows);
        } catch (RuntimeException ex) {
            // Keep the counts for the next flush instead of losing them with a database hiccup.
            rows.forEach(r -> counts.computeIfAbsent((String) r[0], k -> new LongAdder()).add((Long) r[1]));
            log.warn("Could not store {} zero-result query counts; retrying at the next flush: {}", rows.size(), ex.getMessage());
            return 0;
        }
        return rows.size();
    }

    @PreDestroy
    void flushAtShutdown() {
        flush();
    }
}
