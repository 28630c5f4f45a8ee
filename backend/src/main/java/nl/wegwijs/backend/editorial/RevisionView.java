package nl.wegwijs.backend.editorial;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One revision in an entry's history: who, when, what, and the fields that differ from the revision before. */
public record RevisionView(int number, String author, Instant changedAt, String action, String status,
        Map<String, @Nullable String> fields, List<Change> changes) {

    /** One changed field of a revision. */
    public record Change(String field, @Nullable String before, @Nullable String after) {}
}
