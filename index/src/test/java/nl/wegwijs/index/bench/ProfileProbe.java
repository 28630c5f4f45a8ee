package nl.wegwijs.index.bench;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import nl.wegwijs.index.CatalogueIndex;
import nl.wegwijs.index.SearchRequest;
import nl.wegwijs.index.analysis.WegwijsDutchAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

class ProfileProbe {
  @Test
  @EnabledIfSystemProperty(named = "wegwijs.probe", matches = ".+")
  void probe() throws Exception {
    // The engine, not the kept results: these texts repeat round after round (CatalogueIndex.RESULT_CACHE_PROPERTY).
    if (System.getProperty(CatalogueIndex.RESULT_CACHE_PROPERTY) == null) {
      System.setProperty(CatalogueIndex.RESULT_CACHE_PROPERTY, "false");
    }
    int n = Integer.parseInt(System.getProperty("wegwijs.probe"));
    var gen = new SyntheticCatalogue();
    long t0 = System.nanoTime();
    var texts = gen.entries(n, 42).map(e -> e.name() + " " + e.summary() + " " + e.body()).toList();
    System.out.printf("PROBE generate %d: %.1fs%n", n, (System.nanoTime() - t0) / 1e9);
    for (var mode : WegwijsDutchAnalyzer.Mode.values()) {
      var a = new WegwijsDutchAnalyzer(mode);
      t0 = System.nanoTime();
      texts.forEach(a::terms);
      System.out.printf("PROBE analyse %s %d: %.1fs%n", mode, n, (System.nanoTime() - t0) / 1e9);
    }
    if (Boolean.getBoolean("wegwijs.probeAnalysisOnly")) return;
    try (CatalogueIndex index = CatalogueIndex.open(Files.createTempDirectory("probe"))) {
      t0 = System.nanoTime();
      index.replaceAll(gen.entries(n, 42), Map.of());
      System.out.printf("PROBE index %d: %.1fs%n", n, (System.nanoTime() - t0) / 1e9);
      for (String q : List.of("logeeropvang", "kinderthuiszorg", "pgb", "logeerhuys", "thuiszorg voor kinderen")) {
        for (int i = 0; i < 30; i++) index.search(SearchRequest.of(q));
        t0 = System.nanoTime();
        for (int i = 0; i < 30; i++) index.search(SearchRequest.of(q));
        System.out.printf("PROBE %s: %.2f ms total=%d%n", q, (System.nanoTime() - t0) / 30e6, index.search(SearchRequest.of(q)).total());
      }
    }
  }
}
