package nl.wegwijs.backend.editorial;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A proposal as the review screen shows it: per field the value when proposed, the proposed value and
 * the entry's value now (it may have changed since), side by side.
 */
public record ProposalView(UUID id, String origin, @Nullable String entryId, @Nullable String entryName,
        @Nullable String note, @Nullable String sourceUrl, ProposalStatus status, Instant createdAt,
        @Nullable Instant decidedAt, @Nullable String decidedBy, List<FieldView> fields) {

    /** One row of the side-by-side diff. */
    public record FieldView(String field, @Nullable String before, @Nullable String proposed,
            @Nullable String current, FieldDecision decision) {

        public boolean changes() {
            return !java.util.Objects.equals(blankToNull(current), blankToNull(proposed));
        }

        private static @Nullable String blankToNull(@Nullable String s) {
            return s == null || s.isBlank() ? null : s;
        }
    }

    public boolean proposesNewEntry() {
        return entryId == null;
    }
}
