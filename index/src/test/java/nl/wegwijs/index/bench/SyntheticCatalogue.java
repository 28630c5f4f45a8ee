package nl.wegwijs.index.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.wegwijs.index.Catalogue;
import nl.wegwijs.index.DutchPlaces;
import nl.wegwijs.index.IndexedEntry;

/**
 * Generates N realistic Dutch entries: names from care-provision words and real places, categories,
 * funding routes and kinds from the demo catalogue, summaries recombined from its sentences, and
 * GeoNames coordinates for two thirds of them. Deterministic for a given seed.
 */
public final class SyntheticCatalogue {
  private static final String[] TYPES = {"Logeerhuis", "Kinderthuiszorg", "Kinderdagcentrum", "Oudervereniging",
      "Jeugdteam", "Steunpunt Mantelzorg", "Zorgboerderij", "Kinderzorghuis", "Praktijk", "Stichting",
      "Wijkteam", "Gezinscoach", "Brussengroep", "Kinderfysiotherapie", "Vroeghulp", "Kinderhospice"};
  private static final String[] NAMES = {"De Vlinder", "Het Anker", "De Regenboog", "Zonnestraal", "De Linde",
      "Op Koers", "Samen Sterk", "De Boomgaard", "Het Baken", "Kwetternest", "De Wilg", "Horizon"};
  private static final String[] FUNDING = {"jeugdwet", "wlz", "zvw", "wmo", "pgb", "gratis", "overig"};
  private static final String[] FOR = {"kind", "ouder", "brussen", "netwerk"};
  private static final String[] ACCESS = {"vrij-toegankelijk", "via-school", "beschikking", "verwijzing"};
  private static final String[] SETTINGS = {"thuis", "op-locatie", "op-school", "online"};
  private static final String[] CONDITIONS = {"autisme", "adhd", "diabetes type 1", "epilepsie", "emb", "lvb"};

  private final List<IndexedEntry> seeds = Catalogue.entries();
  private final List<String> sentences = new ArrayList<>();
  private final List<DutchPlaces.Place> places = DutchPlaces.load().all();

  public SyntheticCatalogue() {
    for (IndexedEntry e : seeds) {
      for (String s : e.summary().split("(?<=\\.)\\s+")) {
        if (s.length() > 20) {
          sentences.add(s);
        }
      }
    }
  }

  public Stream<IndexedEntry> entries(int n, long seed) {
    return IntStream.range(0, n).mapToObj(i -> entry(i, new Random(seed * 1_000_003L + i)));
  }

  private IndexedEntry entry(int i, Random r) {
    IndexedEntry seed = seeds.get(r.nextInt(seeds.size()));
    DutchPlaces.Place place = places.get(r.nextInt(places.size()));
    String name = pick(r, TYPES) + " " + pick(r, NAMES) + " " + place.name();
    String summary = sentence(r) + " " + sentence(r) + " In " + place.name() + " en omgeving.";
    boolean geo = r.nextInt(3) > 0;
    Integer ageMin = r.nextInt(4) == 0 ? r.nextInt(12) : null;
    return new IndexedEntry("syn-" + i, name, seed.kind(), seed.categories(), place.name(), List.of(place.name()),
        seed.audience(), List.of(pick(r, FUNDING)), summary, sentence(r), List.of(pick(r, FOR)), List.of(pick(r, ACCESS)),
        List.of(pick(r, SETTINGS)), r.nextInt(3) == 0 ? List.of(pick(r, CONDITIONS)) : List.of(),
        ageMin, ageMin == null ? null : ageMin + 6 + r.nextInt(12),
        geo ? place.lat() : null, geo ? place.lon() : null, 1_700_000_000_000L + i);
  }

  private String sentence(Random r) {
    return sentences.get(r.nextInt(sentences.size()));
  }

  private static String pick(Random r, String[] values) {
    return values[r.nextInt(values.length)];
  }
}
