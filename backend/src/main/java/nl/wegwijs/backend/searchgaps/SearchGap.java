package nl.wegwijs.backend.searchgaps;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One search text that found nothing: how often, first and last day, the editor's decision, and how
 * many hits the same text gives now ({@code hitsNow} above 0: the catalogue or synonyms caught up).
 */
public record SearchGap(
        String query,
        long count,
        LocalDate firstSeen,
        LocalDate lastSeen,
        SearchGapStatus status,
        @Nullable String synonymWords,
        @Nullable String note,
        @Nullable String handledBy,
        @Nullable Instant handledAt,
        long hitsNow) {

    /** The proposed line for synonyms.txt, if an editor gave the words this query means. */
    public @Nullable String synonymLine() {
        return synonymWords == null ? null : SynonymLine.of(query, synonymWords);
    }
}
