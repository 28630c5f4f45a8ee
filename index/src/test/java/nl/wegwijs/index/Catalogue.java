package nl.wegwijs.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The demo catalogue (src/test/resources/catalogue.jsonl) as indexed entries, and a shared index of it. */
public final class Catalogue {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static List<IndexedEntry> entries;
  private static CatalogueIndex shared;
  private static Path sharedDir;

  private Catalogue() {}

  public static synchronized List<IndexedEntry> entries() {
    if (entries == null) {
      entries = lines("catalogue.jsonl").stream().map(Catalogue::entry).toList();
    }
    return entries;
  }

  /** One index of the whole catalogue per test JVM (tests must not modify it). */
  public static synchronized CatalogueIndex sharedIndex() {
    if (shared == null) {
      try {
        sharedDir = Files.createTempDirectory("wegwijs-catalogue-");
        shared = CatalogueIndex.open(sharedDir);
        shared.replaceAll(entries().stream(), Map.of("stamp", "test"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return shared;
  }

  /**
   * A plain reader over the shared index's last commit, for tests of query parts below CatalogueIndex
   * (the caller closes it; replaceAll has committed, so the reader sees the whole catalogue).
   */
  public static synchronized org.apache.lucene.index.DirectoryReader openSharedReader() {
    sharedIndex();
    try {
      return org.apache.lucene.index.DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(sharedDir));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<JsonNode> lines(String resource) {
    try (InputStream in = Catalogue.class.getResourceAsStream("/" + resource)) {
      List<JsonNode> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          out.add(JSON.readTree(line));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The entry as the backend indexes a demo record (DemoEntryFactory, then PublishedEntryRows), so the
   * tuning aids measure what ships: the body is the description (none in the demo) plus the audience
   * plus, for an organisation, its own name; funding as recognised route codes; for whom inferred from
   * audience and summary; the region located in the gazetteer (municipality and coordinates).
   */
  static IndexedEntry entry(JsonNode n) {
    String name = n.get("name").asString();
    String kind = n.get("kind").asString();
    String audience = text(n, "audience");
    String summary = text(n, "summary");
    String region = text(n, "region");
    List<String> body = new ArrayList<>();
    if (!audience.isBlank()) body.add(audience);
    if (kind.equals("organisation")) body.add(name);
    var place = region.isBlank() ? java.util.Optional.<DutchPlaces.Place>empty() : DutchPlaces.load().find(region);
    return new IndexedEntry(
        n.get("id").asString(),
        name,
        kind,
        strings(n.get("categories")).stream().map(String::strip).filter(c -> !c.isEmpty()).distinct().sorted().toList(),
        region,
        place.map(p -> List.of(p.name())).orElse(List.of()),
        audience,
        fundingCodes(strings(n.get("funding"))),
        summary,
        String.join("\n", body),
        forWhom(audience, summary),
        List.of(),
        List.of(),
        List.of(),
        null,
        null,
        place.map(DutchPlaces.Place::lat).orElse(null),
        place.map(DutchPlaces.Place::lon).orElse(null),
        0L);
  }

  /** For whom in the family, as the backend's AudienceInference guesses it for imports (in ForWhom's order). */
  static List<String> forWhom(String audience, String summary) {
    String t = (audience + " " + summary).toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    if (t.matches("(?s).*\\b(kind|kinderen|jongeren|jeugd|baby|peuter|tieners?|jongvolwassenen)\\b.*")) out.add("kind");
    if (t.matches("(?s).*\\b(ouders?|gezinnen|gezin|mantelzorgers?|moeders?|vaders?)\\b.*")) out.add("ouder");
    if (t.matches("(?s).*\\b(brussen|broers|zussen|broertjes|zusjes)\\b.*")) out.add("brussen");
    if (t.matches("(?s).*\\b(netwerk|grootouders|opa|oma|vrienden|buren)\\b.*")) out.add("netwerk");
    return out;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? "" : v.asString();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null && array.isArray()) {
      array.forEach(v -> out.add(v.asString()));
    }
    return out;
  }

  /** Route codes of the free funding lines, as the backend's FundingRoute.recognise reads each line. */
  static List<String> fundingCodes(List<String> texts) {
    Set<String> codes = new LinkedHashSet<>();
    for (String text : texts) {
      if (!text.isBlank()) codes.add(route(text.toLowerCase(Locale.ROOT)));
    }
    return List.copyOf(codes);
  }

  private static String route(String t) {
    if (t.contains("jeugdwet")) return "jeugdwet";
    if (t.contains("wlz") || t.contains("ciz") || t.contains("zorgkantoor") || t.contains("langdurige zorg")) return "wlz";
    if (t.contains("zvw") || t.contains("zorgverzekeraar") || t.contains("zorgverzekering") || t.contains("dbc")) return "zvw";
    if (t.contains("wmo")) return "wmo";
    if (t.contains("pgb") || t.contains("persoonsgebonden")) return "pgb";
    if (t.contains("gratis") || t.contains("kosteloos") || t.contains("geen kosten")) return "gratis";
    return "overig";
  }
}
