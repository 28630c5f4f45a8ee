package nl.wegwijs.index;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Small hand-made entries for behaviour tests. */
final class TestEntries {
  private TestEntries() {}

  static IndexedEntry entry(String id, String name, String summary) {
    return entry(id, name, summary, List.of(), "landelijk", null, null, null, null);
  }

  static IndexedEntry entry(String id, String name, String summary, List<String> categories, String region,
      @Nullable Integer ageMin, @Nullable Integer ageMax, @Nullable Double lat, @Nullable Double lon) {
    return new IndexedEntry(id, name, "provision", categories, region, List.of(), "", List.of("wlz"), summary, "",
        List.of("kind", "ouder"), List.of("vrij-toegankelijk"), List.of("op-locatie"), List.of("autisme"),
        ageMin, ageMax, lat, lon, 1L);
  }
}
