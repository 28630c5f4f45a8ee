package nl.wegwijs.backend.editorial;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A proposal in the review queue. Its values are plain text; nothing in it is public. */
@Entity
@Table(name = "proposal")
class Proposal {

    @Id
    private UUID id;

    private String origin;
    private @Nullable String entryId;
    private @Nullable String note;
    private @Nullable String sourceUrl;

    @Enumerated(EnumType.STRING)
    private ProposalStatus status;

    private Instant createdAt;
    private @Nullable Instant decidedAt;
    private @Nullable String decidedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "proposal_field", joinColumns = @JoinColumn(name = "proposal_id"))
    private List<ProposedField> fields = new ArrayList<>();

    @Version
    private @Nullable Long version;

    protected Proposal() {}

    Proposal(String origin, @Nullable String entryId, @Nullable String note, @Nullable String sourceUrl,
            List<ProposedField> fields, Instant now) {
        if (fields.isEmpty()) throw new IllegalArgumentException("A proposal proposes at least one field");
        this.id = UUID.randomUUID();
        this.origin = Objects.requireNonNull(origin);
        this.entryId = entryId;
        this.note = note;
        this.sourceUrl = sourceUrl;
        this.fields = new ArrayList<>(fields);
        this.status = ProposalStatus.OPEN;
        this.createdAt = now;
    }

    /** Records the decision for one field; the proposal is done once no field is open. */
    void decide(String field, FieldDecision decision, String editor, Instant now) {
        int i = indexOf(field);
        fields.set(i, fields.get(i).decided(decision));
        if (fields.stream().noneMatch(f -> f.decision() == FieldDecision.OPEN)) {
            status = ProposalStatus.DONE;
            decidedAt = now;
            decidedBy = editor;
        }
    }

    /** A proposal for a new entry points at that entry once an editor has created it. */
    void linkTo(String createdEntryId) {
        this.entryId = createdEntryId;
    }

    private int indexOf(String field) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).field().equals(field)) return i;
        }
        throw new IllegalArgumentException("This proposal has no field " + field);
    }

    UUID getId() { return id; }
    String getOrigin() { return origin; }
    @Nullable String getEntryId() { return entryId; }
    @Nullable String getNote() { return note; }
    @Nullable String getSourceUrl() { return sourceUrl; }
    ProposalStatus getStatus() { return status; }
    Instant getCreatedAt() { return createdAt; }
    @Nullable Instant getDecidedAt() { return decidedAt; }
    @Nullable String getDecidedBy() { return decidedBy; }
    List<ProposedField> getFields() { return List.copyOf(fields); }

    @Override
    public boolean equals(Object o) {
        return o instanceof Proposal other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Proposal.class.hashCode();
    }
}
