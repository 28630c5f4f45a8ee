package nl.wegwijs.index.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.wegwijs.index.Catalogue;
import nl.wegwijs.index.CatalogueIndex;
import nl.wegwijs.index.DutchPlaces;
import nl.wegwijs.index.GeoFilter;
import nl.wegwijs.index.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Tuning aid for the fixed costs of a search on a small index (-Dwegwijs.demoProbe=SECONDS, with
 * -DenableAssertions=false): the search API's load mix (backend load/search.lua's texts and the judged
 * dev queries, facets on, place in the text as the API resolves it) on the demo catalogue through
 * CatalogueIndex.search, mean thread CPU per search. -Dwegwijs.demoProbe.ab=NAME=VALUE alternates
 * rounds with that system property set (before/after in one JVM); profile with
 * -XX:StartFlightRecording in the argLine; -Dwegwijs.index.queryCache=0 for the cache off.
 */
class DemoSearchProbe {
  @Test
  @EnabledIfSystemProperty(named = "wegwijs.demoProbe", matches = "\\d+")
  void probe() throws Exception {
    CatalogueIndex index = Catalogue.sharedIndex();
    List<SearchRequest> requests = requests(index);
    String dump = System.getProperty("wegwijs.demoProbe.dump");
    if (dump != null) {
      // Every result in full (total, hits with scores and snippets, facets, suggestion), pages 1 and 2,
      // with and without facets: a diff between two versions of the code shows any change in results.
      StringBuilder out = new StringBuilder();
      for (SearchRequest r : requests) {
        for (SearchRequest v : List.of(r, r.withoutFacets(),
            new SearchRequest(r.text(), 1, r.size(), r.filters(), r.near(), r.literal()))) {
          var res = index.search(v);
          out.append("## ").append(v).append("\n").append(res.total()).append(' ').append(res.suggestion())
              .append(' ').append(res.expansions()).append('\n');
          res.hits().forEach(h -> out.append(h).append('\n'));
          res.facets().forEach((k, f) -> out.append(k).append(' ').append(f).append('\n'));
        }
      }
      java.nio.file.Files.writeString(java.nio.file.Path.of(dump), out);
    }
    var cpu = ManagementFactory.getThreadMXBean();
    long seconds = Long.getLong("wegwijs.demoProbe");
    String ab = System.getProperty("wegwijs.demoProbe.ab");
    long[] nanos = new long[2];
    long[] counts = new long[2];
    // Wall time too: with intra-query concurrency thread CPU of the calling thread is not the whole cost.
    long[] wall = new long[2];
    long warm = System.nanoTime() + seconds * 500_000_000L;
    long end = warm + seconds * 1_000_000_000L;
    for (int round = 0; System.nanoTime() < end; round++) {
      int side = ab != null && round % 2 == 1 ? 1 : 0;
      if (ab != null) {
        String name = ab.substring(0, ab.indexOf('='));
        if (side == 1) {
          System.setProperty(name, ab.substring(ab.indexOf('=') + 1));
        } else {
          System.clearProperty(name);
        }
      }
      boolean measured = System.nanoTime() > warm;
      long c0 = cpu.getCurrentThreadCpuTime();
      long w0 = System.nanoTime();
      for (SearchRequest r : requests) {
        index.search(r);
      }
      if (measured) {
        wall[side] += System.nanoTime() - w0;
        nanos[side] += cpu.getCurrentThreadCpuTime() - c0;
        counts[side] += requests.size();
      }
    }
    System.out.printf(Locale.ROOT, "DEMO mean thread CPU per search: %.1f us%s over %d texts, query cache %s, load %.1f%n",
        nanos[0] / 1e3 / counts[0],
        ab == null ? "" : String.format(Locale.ROOT, " (with %s: %.1f us, ratio %.3f)", ab, nanos[1] / 1e3 / counts[1],
            (nanos[1] / (double) counts[1]) / (nanos[0] / (double) counts[0])),
        requests.size(), System.getProperty("wegwijs.index.queryCache", "default"),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    System.out.printf(Locale.ROOT, "DEMO mean wall per search: %.1f us%s, load %.1f%n", wall[0] / 1e3 / counts[0],
        ab == null ? "" : String.format(Locale.ROOT, " (with %s: %.1f us, ratio %.3f)", ab, wall[1] / 1e3 / counts[1],
            (wall[1] / (double) counts[1]) / (wall[0] / (double) counts[0])),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  /** The texts of backend load/search.lua and the dev queries, as the search API turns them into requests. */
  static List<SearchRequest> requests(CatalogueIndex index) throws java.io.IOException {
    List<SearchRequest> out = new ArrayList<>();
    for (String t : List.of("logeeropvang", "kinderthuiszorg", "oudervereniging autisme", "pgb", "brussen",
        "jeugdhulp huisarts", "thuiszorg voor kinderen", "samen 1 plan", "logeerhuys", "Palizaeus")) {
      out.add(text(index, t));
    }
    out.add(new SearchRequest("logeren", 0, 10, Map.of("kind", List.of("provision")), null, false));
    out.add(new SearchRequest("ondersteuning ouders", 0, 10, Map.of("age", List.of("8")), null, false));
    out.add(text(index, "logeeropvang bij Nijmegen"));
    DutchPlaces.Place hilversum = DutchPlaces.load().find("Hilversum").orElseThrow();
    out.add(new SearchRequest("jeugdhulp", 0, 10, Map.of(), new GeoFilter(hilversum.lat(), hilversum.lon(), 20), false));
    for (var n : Catalogue.lines("queries-dev.jsonl")) {
      out.add(text(index, n.get("query").asString()));
    }
    return out;
  }

  /** As the API: a place named after a locative word filters 25 km around it. */
  private static SearchRequest text(CatalogueIndex index, String t) throws java.io.IOException {
    var place = index.placeNamedIn(t);
    GeoFilter near = place.map(p -> new GeoFilter(p.lat(), p.lon(), 25)).orElse(null);
    return new SearchRequest(t, 0, 10, Map.of(), near, false);
  }
}
