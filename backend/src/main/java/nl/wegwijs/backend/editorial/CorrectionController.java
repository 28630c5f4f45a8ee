package nl.wegwijs.backend.editorial;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.backend.catalogue.CatalogueService;
import nl.wegwijs.backend.catalogue.EntryNotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** POST /api/v1/entries/{id}/corrections: the public "klopt er iets niet?" report, straight into the review queue. */
@RestController
class CorrectionController {

    /** The body: proposed field values (see ReviewQueue.FIELDS), a free note and the page it came from. */
    record CorrectionRequest(@Nullable Map<String, String> fields, @Nullable String note, @Nullable String pageUrl) {}

    record CorrectionReceived(UUID id) {}

    private final ReviewQueue queue;
    private final CatalogueService catalogue;
    private final CorrectionThrottle throttle;

    CorrectionController(ReviewQueue queue, CatalogueService catalogue, CorrectionThrottle throttle) {
        this.queue = queue;
        this.catalogue = catalogue;
        this.throttle = throttle;
    }

    @PostMapping("/api/v1/entries/{id}/corrections")
    @ResponseStatus(HttpStatus.ACCEPTED)
    CorrectionReceived correct(@PathVariable String id, @RequestBody CorrectionRequest body, HttpServletRequest request) {
        if (catalogue.findPublished(id).isEmpty()) throw new EntryNotFoundException(id);
        Map<String, String> fields = body.fields() == null ? Map.of() : body.fields();
        if (fields.isEmpty() && (body.note() == null || body.note().isBlank())) {
            throw new IllegalArgumentException("A correction needs a note or at least one field");
        }
        fields.keySet().stream().filter(f -> !EntryFields.known(f)).findFirst().ifPresent(f -> {
            throw new IllegalArgumentException("Unknown field: " + f);
        });
        // Only well-formed reports count towards the limit.
        if (!throttle.tryAcquire(request.getRemoteAddr())) throw new CorrectionThrottledException();
        // A note alone still reaches the editor: it is attached to the entry's name, unchanged.
        Map<String, String> proposed = fields.isEmpty() ? Map.of("name", currentName(id)) : fields;
        return new CorrectionReceived(queue.propose(new NewProposal("public", id, proposed, body.note(), body.pageUrl())));
    }

    private String currentName(String id) {
        return catalogue.published(id).name();
    }

    static class CorrectionThrottledException extends RuntimeException {
        CorrectionThrottledException() {
            super("Too many corrections from this client");
        }
    }
}
