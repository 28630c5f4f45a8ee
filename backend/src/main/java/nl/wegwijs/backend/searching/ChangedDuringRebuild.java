package nl.wegwijs.backend.searching;

import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The entries indexed one by one while a full rebuild runs. Recording and ending share one lock: an
 * edit recorded before {@link #end()} is replayed after the rebuild, and an edit after it is indexed
 * into the finished index anyway, so none falls in between.
 */
final class ChangedDuringRebuild {

    private @Nullable Set<String> ids;

    synchronized void begin() {
        ids = new LinkedHashSet<>();
    }

    synchronized void record(String entryId) {
        if (ids != null) ids.add(entryId);
    }

    /** The ids recorded since {@link #begin()}; recording stops. */
    synchronized Set<String> end() {
        Set<String> recorded = ids == null ? Set.of() : ids;
        ids = null;
        return recorded;
    }
}
