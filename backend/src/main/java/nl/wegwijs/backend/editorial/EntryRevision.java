package nl.wegwijs.backend.editorial;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One saved state of an entry; written by the editorial service in the same transaction as the change. */
@Entity
@Table(name = "entry_revision")
class EntryRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String entryId;
    private int number;
    private String author;
    private Instant changedAt;
    private String action;
    private String status;
    private String fields;

    protected EntryRevision() {}

    EntryRevision(String entryId, int number, String author, Instant changedAt, String action, String status, String fields) {
        this.entryId = entryId;
        this.number = number;
        this.author = author;
        this.changedAt = changedAt;
        this.action = action;
        this.status = status;
        this.fields = fields;
    }

    String getEntryId() { return entryId; }
    int getNumber() { return number; }
    String getAuthor() { return author; }
    Instant getChangedAt() { return changedAt; }
    String getAction() { return action; }
    String getStatus() { return status; }
    String getFields() { return fields; }

    @Override
    public boolean equals(Object o) {
        return o instanceof EntryRevision other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return EntryRevision.class.hashCode();
    }
}
