package nl.wegwijs.backend.confirmation;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Which published entries are due a "klopt dit nog?" mail, and the record that one was sent. */
@Component
@Transactional
class DueEntries {

    /** An entry to ask, and where to: the entry's own address, else its first contact's. */
    record Due(String entryId, String email) {}

    private final JdbcTemplate jdbc;
    private final ConfirmationProperties properties;
    private final Clock clock;

    DueEntries(JdbcTemplate jdbc, ConfirmationProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Published entries last verified before the due date, with an e-mail address, not mailed within the resend
     * interval; the longest unverified first. Entries never verified are left to the editors' dashboard: a first
     * run must not mail a whole imported catalogue.
     */
    @Transactional(readOnly = true)
    List<Due> find() {
        Instant now = clock.instant();
        LocalDate verifiedBefore = LocalDate.now(clock).minusDays(properties.dueAfter().toDays());
        return jdbc.query("""
                select id, email from (
                    select e.id, e.last_verified_on, coalesce(nullif(trim(e.email), ''),
                        (select min(c.email) from contact c where c.entry_id = e.id and trim(c.email) <> '')) as email
                    from entry e
                    where e.status = 'PUBLISHED' and e.last_verified_on < ?
                      and not exists (select 1 from confirmation_mail m where m.entry_id = e.id and m.sent_at > ?)
                ) due where email is not null
                order by last_verified_on, id
                limit ?""", (rs, i) -> new Due(rs.getString(1), rs.getString(2).strip()),
                Date.valueOf(verifiedBefore), Timestamp.from(now.minus(properties.resendAfter())), properties.maxPerRun());
    }

    void sent(String entryId) {
        jdbc.update("insert into confirmation_mail (entry_id, sent_at) values (?, ?)", entryId, Timestamp.from(clock.instant()));
    }
}
