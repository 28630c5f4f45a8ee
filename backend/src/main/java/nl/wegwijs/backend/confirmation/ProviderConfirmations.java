package nl.wegwijs.backend.confirmation;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import nl.wegwijs.backend.catalogue.CatalogueService;
import nl.wegwijs.backend.catalogue.EntryDetails;
import nl.wegwijs.backend.editorial.CorrectionThrottle;
import nl.wegwijs.backend.editorial.EditorialService;
import nl.wegwijs.backend.editorial.NewProposal;
import nl.wegwijs.backend.editorial.ReviewQueue;
import org.springframework.stereotype.Service;

/**
 * What a provider can do with a mailed link, without an account: see the entry, confirm it ("Ja, dit klopt"),
 * or tell the editors what changed (a "provider" proposal in the review queue). Every call checks the link first.
 */
@Service
public class ProviderConfirmations {

    /** The outcome of "Er is iets veranderd". */
    public enum ReportOutcome { SENT, LIMITED, EMPTY }

    /** As long as the public correction form's note. */
    public static final int MAX_REPORT_LENGTH = 2000;

    private final ConfirmationTokens tokens;
    private final CatalogueService catalogue;
    private final EditorialService editorial;
    private final ReviewQueue queue;
    private final CorrectionThrottle throttle;

    ProviderConfirmations(ConfirmationTokens tokens, CatalogueService catalogue, EditorialService editorial,
            ReviewQueue queue, CorrectionThrottle throttle) {
        this.tokens = tokens;
        this.catalogue = catalogue;
        this.editorial = editorial;
        this.queue = queue;
        this.throttle = throttle;
    }

    /** @throws InvalidConfirmationException for an expired, tampered or unknown link */
    public ConfirmationPage open(String token) {
        ConfirmationToken checked = tokens.check(token);
        return new ConfirmationPage(entry(checked), checked.expiresAt());
    }

    /**
     * Sets the entry's last-verified date to today. Idempotent: a second click (or a second tab) changes nothing.
     *
     * @return the entry's last-verified date now
     * @throws InvalidConfirmationException for an expired, tampered or unknown link
     */
    public LocalDate confirm(String token) {
        ConfirmationToken checked = tokens.check(token);
        entry(checked);
        AsProvider.run(() -> editorial.confirmByProvider(checked.entryId()));
        return Objects.requireNonNull(entry(checked).lastVerifiedOn());
    }

    /**
     * Puts the provider's description of what changed in the review queue, within the public correction limit
     * (shared with the "klopt er iets niet?" form, keyed by the client address, kept in memory only).
     *
     * @throws InvalidConfirmationException for an expired, tampered or unknown link
     */
    public ReportOutcome reportChange(String token, String text, String client) {
        ConfirmationToken checked = tokens.check(token);
        EntryDetails entry = entry(checked);
        String note = text.strip();
        if (note.isEmpty()) return ReportOutcome.EMPTY;
        if (note.length() > MAX_REPORT_LENGTH) note = note.substring(0, MAX_REPORT_LENGTH);
        if (!throttle.tryAcquire(client)) return ReportOutcome.LIMITED;
        // A note alone reaches the editor attached to the entry's name, unchanged (as the public form does).
        queue.propose(new NewProposal("provider", entry.id(), Map.of("name", entry.name()), note, "/bevestigen"));
        return ReportOutcome.SENT;
    }

    private EntryDetails entry(ConfirmationToken token) {
        return catalogue.findPublished(token.entryId())
                .orElseThrow(() -> new InvalidConfirmationException(InvalidConfirmationException.Reason.UNKNOWN_ENTRY));
    }
}
