package nl.wegwijs.backend.mapquality;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.wegwijs.backend.crawlreview.LinkChecks;
import nl.wegwijs.backend.crawlreview.LinkProblem;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editors' overview of what keeps the published map from being true: entries not verified for 12 months,
 * entries without region, category or funding, broken links and likely duplicates. Read-only SQL on the
 * catalogue tables; nothing is stored.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('EDITOR')")
public class MapQualityService {

    private static final String PUBLISHED = "from entry e where e.status = 'PUBLISHED' and ";
    private static final RowMapper<EntryLine> LINE = (rs, n) -> new EntryLine(rs.getString("id"), rs.getString("name"),
            rs.getString("kind"), rs.getString("region"), rs.getObject("last_verified_on", LocalDate.class));

    private final JdbcClient jdbc;
    private final LinkChecks links;
    private final Clock clock;

    MapQualityService(JdbcClient jdbc, LinkChecks links, Clock clock) {
        this.jdbc = jdbc;
        this.links = links;
        this.clock = clock;
    }

    /** Entries last verified before this day count as not verified (12 months before today, by the injected clock). */
    public LocalDate verifiedCutoff() {
        return LocalDate.now(clock).minusMonths(12);
    }

    public long count(Gap gap) {
        return jdbc.sql("select count(*) " + PUBLISHED + gap.condition).param("before", verifiedCutoff())
                .query(Long.class).single();
    }

    /**
     * One window of the entries with this gap, for a lazy grid: by name, or for {@link Gap#NOT_VERIFIED} the never
     * verified first and then the oldest verification.
     */
    public List<EntryLine> entries(Gap gap, int offset, int limit) {
        return jdbc.sql("select e.id, e.name, e.kind, e.region, e.last_verified_on " + PUBLISHED + gap.condition
                        + " order by " + gap.order + ", e.id offset :offset limit :limit")
                .param("before", verifiedCutoff()).param("offset", Math.max(0, offset)).param("limit", Math.max(0, limit))
                .query(LINE).list();
    }

    public LinkCounts links() {
        Map<LinkProblem.Kind, Integer> counts = new HashMap<>();
        links.problems().forEach(p -> counts.merge(p.kind(), 1, Integer::sum));
        return new LinkCounts(counts.getOrDefault(LinkProblem.Kind.BROKEN, 0), counts.getOrDefault(LinkProblem.Kind.MOVED, 0),
                counts.getOrDefault(LinkProblem.Kind.UNREACHABLE, 0), links.lastCheck());
    }

    /** Pairs of published entries with the same website, phone number or postcode and a similar name. */
    public List<DuplicatePair> duplicates() {
        Map<String, EntryLine> lines = new LinkedHashMap<>();
        Map<String, Set<String>> websites = new HashMap<>();
        Map<String, Set<String>> phones = new HashMap<>();
        Map<String, Set<String>> postcodes = new HashMap<>();
        jdbc.sql("select e.id, e.name, e.kind, e.region, e.last_verified_on, e.url, e.phone " + PUBLISHED + "true")
                .query(rs -> {
                    EntryLine line = LINE.mapRow(rs, 0);
                    lines.put(line.id(), line);
                    add(websites, line.id(), ContactKeys.website(rs.getString("url")));
                    add(phones, line.id(), ContactKeys.phone(rs.getString("phone")));
                });
        jdbc.sql("select c.entry_id, c.phone from contact c join entry e on e.id = c.entry_id where e.status = 'PUBLISHED'")
                .query(rs -> { add(phones, rs.getString(1), ContactKeys.phone(rs.getString(2))); });
        jdbc.sql("select l.entry_id, l.postcode from location l join entry e on e.id = l.entry_id where e.status = 'PUBLISHED'")
                .query(rs -> { add(postcodes, rs.getString(1), ContactKeys.postcode(rs.getString(2))); });
        List<DuplicateFinder.Candidate> candidates = new ArrayList<>();
        lines.forEach((id, line) -> candidates.add(new DuplicateFinder.Candidate(line, websites.getOrDefault(id, Set.of()),
                phones.getOrDefault(id, Set.of()), postcodes.getOrDefault(id, Set.of()))));
        return DuplicateFinder.pairs(candidates);
    }

    private static void add(Map<String, Set<String>> keys, String id, Optional<String> key) {
        key.ifPresent(k -> keys.computeIfAbsent(id, i -> new LinkedHashSet<>()).add(k));
    }
}
