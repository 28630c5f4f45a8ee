package nl.wegwijs.backend.searching;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import nl.wegwijs.backend.catalogue.EntryChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The index's to-do list in PostgreSQL. {@link EntryChanged} is published inside the editing
 * transaction, so the row commits (or rolls back) with the change itself.
 */
@Component
class IndexOutbox {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    IndexOutbox(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Runs synchronously in the publisher's transaction (a plain listener, not an after-commit one). */
    @EventListener
    @Transactional
    void record(EntryChanged event) {
        jdbc.update("""
                insert into index_outbox (entry_id, enqueued_at) values (?, ?)
                on conflict (entry_id) do update set enqueued_at = excluded.enqueued_at""",
                event.entryId(), Timestamp.from(clock.instant()));
    }

    @Transactional(readOnly = true)
    List<String> pending(int max) {
        return jdbc.queryForList("select entry_id from index_outbox order by enqueued_at limit ?", String.class, max);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void done(String entryId) {
        jdbc.update("delete from index_outbox where entry_id = ?", entryId);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void failed(String entryId, String error) {
        jdbc.update("update index_outbox set attempts = attempts + 1, last_error = ? where entry_id = ?",
                error.length() > 1000 ? error.substring(0, 1000) : error, entryId);
    }

    /** A full rebuild that started at {@code since} covers everything enqueued before it. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void coveredBy(java.time.Instant since) {
        jdbc.update("delete from index_outbox where enqueued_at < ?", Timestamp.from(since));
    }

    @Transactional(readOnly = true)
    long size() {
        Long count = jdbc.queryForObject("select count(*) from index_outbox", Long.class);
        return count == null ? 0 : count;
    }
}
