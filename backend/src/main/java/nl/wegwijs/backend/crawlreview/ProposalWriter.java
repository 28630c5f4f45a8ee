package nl.wegwijs.backend.crawlreview;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import nl.wegwijs.backend.crawlreview.CatalogueMatcher.Match;
import nl.wegwijs.backend.editorial.NewProposal;
import nl.wegwijs.backend.editorial.ReviewQueue;
import nl.wegwijs.crawler.ExtractedEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a crawled entry into a review-queue proposal, the crawler's only way into the catalogue. A source never
 * proposes the same fields for the same entry twice ({@code crawl_proposal} fingerprints), so re-crawling a site
 * whose pages changed elsewhere does not flood the queue.
 */
@Service
@Transactional
class ProposalWriter {

    private static final int MAX_SOURCE_URL = 1000;

    private final ReviewQueue queue;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ProposalWriter(ReviewQueue queue, JdbcTemplate jdbc, Clock clock) {
        this.queue = queue;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The proposal's id, or empty when nothing differs or this source proposed exactly this before. */
    Optional<UUID> propose(String sourceId, ExtractedEntry found, @Nullable Match match) {
        String entryId = match == null ? null : match.entry().id();
        Map<String, String> fields = match == null ? ProposalFields.forNewEntry(found) : ProposalFields.changes(found, match.entry());
        if (fields.isEmpty()) return Optional.empty();
        String fingerprint = fingerprint(entryId, fields);
        Integer seen = jdbc.queryForObject("select count(*) from crawl_proposal where source_id = ? and fingerprint = ?",
                Integer.class, sourceId, fingerprint);
        if (seen != null && seen > 0) return Optional.empty();
        String page = found.sourcePage().toString();
        UUID id = queue.propose(new NewProposal("crawler:" + sourceId, entryId, fields, note(found, match, fields),
                page.length() > MAX_SOURCE_URL ? null : page));
        jdbc.update("insert into crawl_proposal (source_id, fingerprint, proposal_id, entry_id, created_at) values (?, ?, ?, ?, ?)",
                sourceId, fingerprint, id, entryId, Timestamp.from(clock.instant()));
        return Optional.of(id);
    }

    /** For the editor, in Dutch like the rest of the editors' data: how it was found and what is a guess. */
    static String note(ExtractedEntry found, @Nullable Match match, Map<String, String> fields) {
        StringBuilder note = new StringBuilder("Gevonden door de crawler (" + found.schemaType() + ", " + found.source() + ").");
        if (match != null) {
            note.append(" Gekoppeld aan de bestaande vermelding via ").append(switch (match.rule()) {
                case URL -> "de website";
                case PHONE -> "het telefoonnummer";
                case POSTCODE_AND_NAME -> "postcode en een gelijkende naam";
            }).append('.');
        }
        if (fields.containsKey("categories")) {
            note.append(" De categorieën zijn gissingen van de crawler: controleer ze.");
        }
        if (fields.containsKey("kind")) {
            note.append(" Het soort aanbod is afgeleid van het schema.org-type.");
        }
        if (!found.openingHours().isEmpty()) {
            note.append(" Openingstijden: ").append(String.join("; ", found.openingHours())).append('.');
        }
        if (found.startDate() != null) {
            note.append(" Begint op ").append(found.startDate()).append('.');
        }
        return note.toString();
    }

    private static String fingerprint(@Nullable String entryId, Map<String, String> fields) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((entryId == null ? "<new>" : entryId).getBytes(StandardCharsets.UTF_8));
            new TreeMap<>(fields).forEach((k, v) -> sha.update(("\u0000" + k + "\u0001" + v).getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
