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

  static IndexedEntry entry(JsonNode n) {
    List<String> fundingText = strings(n.get("funding"));
    return new IndexedEntry(
        n.get("id").asString(),
        n.get("name").asString(),
        n.get("kind").asString(),
        strings(n.get("categories")),
        text(n, "region"),
        List.of(),
        text(n, "audience"),
        fundingCodes(fundingText),
        text(n, "summary"),
        String.join(". ", fundingText),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null,
        null,
        null,
        null,
        0L);
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

  /** Route codes from the free funding text, as the backend's importer would derive them. */
  static List<String> fundingCodes(List<String> texts) {
    Set<String> codes = new LinkedHashSet<>();
    for (String t : texts) {
      String l = t.toLowerCase(Locale.ROOT);
      if (l.contains("jeugdwet")) codes.add("jeugdwet");
      if (l.contains("wlz") || l.contains("ciz")) codes.add("wlz");
      if (l.contains("zvw") || l.contains("dbc") || l.contains("zorgverzekeraar")) codes.add("zvw");
      if (l.contains("wmo")) codes.add("wmo");
      if (l.contains("pgb")) codes.add("pgb");
      if (codes.isEmpty()) codes.add("overig");
    }
    return List.copyOf(codes);
  }
}
