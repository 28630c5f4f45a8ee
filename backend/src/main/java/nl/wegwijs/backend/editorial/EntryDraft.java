package nl.wegwijs.backend.editorial;

import java.util.Map;
import nl.wegwijs.backend.catalogue.EntryStatus;
import org.jspecify.annotations.Nullable;

/** An entry as the editor form edits it: flat field values plus the version the editor started from. */
public record EntryDraft(String id, EntryStatus status, long version, Map<String, @Nullable String> fields) {}
