package nl.wegwijs.portal.entry;

import java.util.Map;
import nl.wegwijs.backend.catalogue.EntryDetails;
import nl.wegwijs.backend.editorial.CorrectionThrottle;
import nl.wegwijs.backend.editorial.NewProposal;
import nl.wegwijs.backend.editorial.ReviewQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Puts a visitor's report in the editors' review queue as a "public" proposal, within the rate limit. */
@Component
class CorrectionSender {

    enum Outcome {
        SENT("correction.sent"), LIMITED("correction.limited"), FAILED("correction.failed");

        final String messageKey;

        Outcome(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(CorrectionSender.class);

    private final ReviewQueue queue;
    private final CorrectionThrottle limiter;

    CorrectionSender(ReviewQueue queue, CorrectionThrottle limiter) {
        this.queue = queue;
        this.limiter = limiter;
    }

    Outcome send(EntryDetails entry, CorrectionForm.SendEvent report, String client, String path) {
        if (!limiter.tryAcquire(client)) return Outcome.LIMITED;
        // A note alone still reaches the editor: it is attached to the entry's name, unchanged (as the API does).
        Map<String, String> fields = report.field.equals("other") || report.value.isBlank()
                ? Map.of("name", entry.name()) : Map.of(report.field, report.value);
        try {
            queue.propose(new NewProposal("public", entry.id(), fields, report.note.isBlank() ? null : report.note, "/" + path));
            return Outcome.SENT;
        } catch (RuntimeException e) {
            log.warn("A correction for {} could not be queued: {}", entry.id(), e.getMessage());
            return Outcome.FAILED;
        }
    }
}
