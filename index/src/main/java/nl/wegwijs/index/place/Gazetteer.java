package nl.wegwijs.index.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Dutch places of places-nl.tsv (GeoNames, CC BY 4.0), looked up by normalised name. A name
 * with a qualifier in brackets ("Hengelo (Overijssel)", "Gooise Meren (Bussum)") resolves to the
 * place in that province, or to the bracketed place, or to the municipality.
 */
public final class Gazetteer {
  /** One row of the gazetteer. */
  public record Row(String name, String province, String municipality, double lat, double lon) {}

  private static final Pattern QUALIFIED = Pattern.compile("^(.*?)\\s*\\((.*)\\)\\s*$");
  private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");
  /** Compiled once: key() runs for every word of every search text (PlaceMention), and String.replaceAll compiles per call. */
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private final List<Row> rows;
  private final Map<String, List<Row>> byKey = new HashMap<>();
  private final Map<String, Row> byMunicipalityKey = new HashMap<>();
  private static volatile Gazetteer shared;

  private Gazetteer(List<Row> rows) {
    this.rows = List.copyOf(rows);
    for (Row r : rows) {
      byKey.computeIfAbsent(key(r.name()), k -> new ArrayList<>()).add(r);
    }
    for (Row r : rows) {
      byMunicipalityKey.putIfAbsent(key(r.municipality()), r);
    }
  }

  /** The shipped gazetteer, parsed once per JVM. */
  public static Gazetteer shared() {
    Gazetteer g = shared;
    if (g == null) {
      synchronized (Gazetteer.class) {
        if (shared == null) {
          shared = load();
        }
        g = shared;
      }
    }
    return g;
  }

  /** The place whose normalised name (or else municipality) is exactly {@code key}; a map lookup. */
  public Optional<Row> byKey(String key) {
    List<Row> exact = byKey.get(key);
    if (exact != null && !exact.isEmpty()) {
      return exact.stream().filter(r -> key(r.municipality()).equals(key)).findFirst().or(() -> Optional.of(exact.getFirst()));
    }
    return Optional.ofNullable(byMunicipalityKey.get(key));
  }

  public static Gazetteer load() {
    try (InputStream in = Gazetteer.class.getResourceAsStream("places-nl.tsv")) {
      if (in == null) {
        throw new IllegalStateException("places-nl.tsv missing");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Row> rows = reader.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).map(Gazetteer::row).toList();
      return new Gazetteer(rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Row row(String line) {
    String[] c = line.split("\t", -1);
    return new Row(c[0], c[1], c[2], Double.parseDouble(c[3]), Double.parseDouble(c[4]));
  }

  public List<Row> rows() {
    return rows;
  }

  public Optional<Row> find(String placeName) {
    var m = QUALIFIED.matcher(placeName.strip());
    if (m.matches()) {
      String qualifier = key(m.group(2));
      List<Row> base = byKey.getOrDefault(key(m.group(1)), List.of());
      Optional<Row> inProvince = base.stream().filter(r -> key(r.province()).equals(qualifier)).findFirst();
      if (inProvince.isPresent()) {
        return inProvince;
      }
      Optional<Row> bracketed = first(m.group(2));
      return bracketed.isPresent() ? bracketed : first(m.group(1));
    }
    return first(placeName);
  }

  private Optional<Row> first(String name) {
    String k = key(name);
    List<Row> exact = byKey.getOrDefault(k, List.of());
    if (!exact.isEmpty()) {
      // Prefer the row that is also its own municipality (Hengelo, Overijssel over Hengelo, Bronckhorst).
      return exact.stream().filter(r -> key(r.municipality()).equals(k)).findFirst().or(() -> exact.stream().findFirst());
    }
    return rows.stream().filter(r -> key(r.municipality()).equals(k)).findFirst();
  }

  /** Lowercase, accents removed, punctuation as single spaces: "’s-Hertogenbosch" is "s hertogenbosch". */
  public static String key(String name) {
    String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    return NON_WORD.matcher(folded).replaceAll(" ").strip();
  }

  /** The keys a region string stands for: the whole, the part before brackets and the bracketed part. */
  public static Stream<String> keys(String region) {
    var m = QUALIFIED.matcher(region.strip());
    Stream<String> parts = m.matches() ? Stream.of(region, m.group(1), m.group(2)) : Stream.of(region);
    return parts.map(Gazetteer::key).filter(k -> !k.isEmpty()).distinct();
  }
}
