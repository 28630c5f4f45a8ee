package nl.wegwijs.backend.mapquality;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One published entry as a dashboard row: enough to recognise it and open it in the editor. */
public record EntryLine(String id, String name, String kind, @Nullable String region, @Nullable LocalDate lastVerifiedOn) {}
