package nl.wegwijs.index;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One published catalogue entry as the index sees it; the backend maps its entities to this. */
public record IndexedEntry(
    String id,
    String name,
    String kind,
    List<String> categories,
    String region,
    List<String> municipalities,
    String audience,
    List<String> funding,
    String summary,
    String body,
    List<String> forWhom,
    List<String> access,
    List<String> settings,
    List<String> conditions,
    @Nullable Integer ageMin,
    @Nullable Integer ageMax,
    @Nullable Double lat,
    @Nullable Double lon,
    long updatedAtEpochMillis) {

  public IndexedEntry {
    categories = List.copyOf(categories);
    municipalities = List.copyOf(municipalities);
    funding = List.copyOf(funding);
    forWhom = List.copyOf(forWhom);
    access = List.copyOf(access);
    settings = List.copyOf(settings);
    conditions = List.copyOf(conditions);
  }
}
