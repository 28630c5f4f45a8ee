package nl.wegwijs.index.relevance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijs.index.Catalogue;

/** One judged query: grades 2 (what was sought) and 1 (useful) per entry id. */
public record Judged(String query, Map<String, Integer> grades) {
  public static List<Judged> load(String resource) {
    return Catalogue.lines(resource).stream()
        .map(n -> {
          Map<String, Integer> g = new LinkedHashMap<>();
          n.get("relevant").properties().forEach(e -> g.put(e.getKey(), e.getValue().asInt()));
          return new Judged(n.get("query").asString(), g);
        })
        .toList();
  }
}
