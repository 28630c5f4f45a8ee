package nl.wegwijs.backend.catalogue;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A fingerprint of the published catalogue; a search index carrying another stamp is stale. */
public record CatalogueStamp(long publishedCount, @Nullable Instant lastUpdate, long versionSum) {

    public String asText() {
        return publishedCount + "/" + (lastUpdate == null ? "-" : lastUpdate.toEpochMilli()) + "/" + versionSum;
    }
}
