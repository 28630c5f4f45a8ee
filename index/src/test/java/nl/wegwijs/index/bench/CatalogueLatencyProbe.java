package nl.wegwijs.index.bench;

import java.util.List;
import java.util.Map;
import nl.wegwijs.index.Catalogue;
import nl.wegwijs.index.CatalogueIndex;
import nl.wegwijs.index.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Tuning aid: per-query latency on the demo catalogue (-Dwegwijs.latency=true). */
class CatalogueLatencyProbe {
  @Test
  @EnabledIfSystemProperty(named = "wegwijs.latency", matches = "true")
  void print() throws Exception {
    // The engine, not the kept results: these texts repeat round after round (CatalogueIndex.RESULT_CACHE_PROPERTY).
    if (System.getProperty(CatalogueIndex.RESULT_CACHE_PROPERTY) == null) {
      System.setProperty(CatalogueIndex.RESULT_CACHE_PROPERTY, "false");
    }
    CatalogueIndex index = Catalogue.sharedIndex();
    List<String> texts = List.of("logeeropvang", "kinderthuiszorg", "oudervereniging autisme", "pgb", "brussen",
        "jeugdhulp huisarts", "thuiszorg voor kinderen", "samen 1 plan", "logeerhuys", "Palizaeus",
        "logeeropvang bij Nijmegen", "ik trek het niet meer als moeder, even rust",
        "kind dat niet naar school gaat", "pitt hopkins syndroom ouders", "van het kastje naar de muur, wie regelt alles");
    for (int round = 0; round < 4; round++) {
      for (String t : texts) {
        long t0 = System.nanoTime();
        for (int i = 0; i < 50; i++) {
          index.search(new SearchRequest(t, 0, 10, Map.of(), null, false));
        }
        if (round == 3) {
          System.out.printf("LAT %-28s %.2f ms%n", t, (System.nanoTime() - t0) / 50e6);
        }
      }
    }
  }
}
