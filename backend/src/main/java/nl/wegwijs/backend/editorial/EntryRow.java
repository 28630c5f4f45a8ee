package nl.wegwijs.backend.editorial;

import java.time.Instant;
import nl.wegwijs.backend.catalogue.EntryStatus;
import org.jspecify.annotations.Nullable;

/** One line of the editors' entry list. */
public record EntryRow(String id, String name, String kind, EntryStatus status, @Nullable String region, Instant updatedAt) {}
