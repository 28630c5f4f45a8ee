package nl.wegwijs.backend.searchgaps;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A row of zero_result_query. The counter (searching) writes counts with plain SQL; editors' decisions go through here. */
@Entity
@Table(name = "zero_result_query")
class SearchGapRecord {

    @Id
    private String query;
    private long searchCount;
    private LocalDate firstSeen;
    private LocalDate lastSeen;
    @Enumerated(EnumType.STRING)
    private SearchGapStatus status;
    private @Nullable String synonymWords;
    @Column(length = 1000)
    private @Nullable String note;
    private @Nullable String handledBy;
    private @Nullable Instant handledAt;

    protected SearchGapRecord() {}

    void decide(SearchGapStatus next, String editor, Instant now) {
        if (!status.canBecome(next)) {
            throw new SearchGapException("editor.gaps.error.transition", status + " -> " + next + " for " + query);
        }
        status = next;
        handledBy = editor;
        handledAt = now;
    }

    void setSynonymWords(@Nullable String words) { this.synonymWords = words; }
    void setNote(@Nullable String note) { this.note = note; }

    SearchGap view(long hitsNow) {
        return new SearchGap(query, searchCount, firstSeen, lastSeen, status, synonymWords, note, handledBy, handledAt, hitsNow);
    }

    String getQuery() { return query; }

    @Override
    public boolean equals(Object o) {
        return o instanceof SearchGapRecord other && query != null && query.equals(other.query);
    }

    @Override
    public int hashCode() {
        return SearchGapRecord.class.hashCode();
    }
}
