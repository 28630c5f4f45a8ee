package nl.wegwijs.index.bench;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import nl.wegwijs.index.CatalogueIndex;
import nl.wegwijs.index.IndexedEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Rebuild time per indexing buffer size, alternating (-Dwegwijs.rebuildProbe=N, -Dwegwijs.rebuildProbe.buffers=16,128). */
class RebuildProbe {
  @Test
  @EnabledIfSystemProperty(named = "wegwijs.rebuildProbe", matches = ".+")
  void probe() throws Exception {
    int n = Integer.getInteger("wegwijs.rebuildProbe");
    List<IndexedEntry> entries = new SyntheticCatalogue().entries(n, 42).toList();
    for (int round = 0; round < 2; round++) {
      for (String mb : System.getProperty("wegwijs.rebuildProbe.buffers", "16,128").split(",")) {
        System.setProperty("wegwijs.index.ramBufferMb", mb);
        try (CatalogueIndex index = CatalogueIndex.open(Files.createTempDirectory("rebuild-probe"))) {
          long t0 = System.nanoTime();
          index.replaceAll(entries.stream(), Map.of());
          System.out.printf("PROBE round %d buffer %s MB: %.1f s, load %.1f%n", round, mb, (System.nanoTime() - t0) / 1e9,
              java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
      }
    }
  }
}
