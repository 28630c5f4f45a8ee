package nl.wegwijs.backend.mapquality;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** How many published entries' websites the latest link check found broken, moved or unreachable. */
public record LinkCounts(int broken, int moved, int unreachable, @Nullable Instant lastCheck) {

    public int total() {
        return broken + moved + unreachable;
    }
}
