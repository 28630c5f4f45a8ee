package nl.wegwijs.backend.editorial;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A proposed change for the review queue.
 *
 * @param origin who proposes: {@code "crawler:<sourceId>"}, {@code "public"} or {@code "provider"}
 * @param entryId the entry the change is for, or null to propose a new entry
 * @param fields field name (see {@link ReviewQueue#FIELDS}) to proposed value; an empty value proposes removal
 * @param note free text from the proposer, shown to the editor
 * @param sourceUrl where the crawler found it, or the page the public form was sent from
 */
public record NewProposal(String origin, @Nullable String entryId, Map<String, String> fields,
        @Nullable String note, @Nullable String sourceUrl) {

    public NewProposal {
        fields = Map.copyOf(fields);
    }
}
