package nl.wegwijs.backend.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Remembers that a bulk file was imported, so a restart never imports it twice. */
@Entity
@Table(name = "catalogue_import")
class CatalogueImportRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String source;
    private String contentHash;
    private int entryCount;
    private Instant importedAt;

    protected CatalogueImportRecord() {}

    CatalogueImportRecord(String source, String contentHash, int entryCount, Instant importedAt) {
        this.source = source;
        this.contentHash = contentHash;
        this.entryCount = entryCount;
        this.importedAt = importedAt;
    }

    int getEntryCount() { return entryCount; }

    @Override
    public boolean equals(Object o) {
        return o instanceof CatalogueImportRecord other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return CatalogueImportRecord.class.hashCode();
    }
}
