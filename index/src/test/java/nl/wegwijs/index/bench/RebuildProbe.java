package nl.wegwijs.index.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import nl.wegwijs.index.CatalogueIndex;
import nl.wegwijs.index.IndexedEntry;
import nl.wegwijs.index.indexing.IndexAnalyzers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Rebuild time per indexing buffer size and analysis chain, alternating in one JVM
 * (-Dwegwijs.rebuildProbe=N, -Dwegwijs.rebuildProbe.buffers=16,128,
 * -Dwegwijs.rebuildProbe.analysis=reference,fast). Besides wall time it prints the CPU time of
 * all threads, which the load of other builds on the shared cores inflates far less.
 */
class RebuildProbe {
  @Test
  @EnabledIfSystemProperty(named = "wegwijs.rebuildProbe", matches = ".+")
  void probe() throws Exception {
    int n = Integer.getInteger("wegwijs.rebuildProbe");
    List<IndexedEntry> entries = new SyntheticCatalogue().entries(n, 42).toList();
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (int round = 0; round < Integer.getInteger("wegwijs.rebuildProbe.rounds", 2); round++) {
      for (String chain : System.getProperty("wegwijs.rebuildProbe.analysis", "fast").split(",")) {
        for (String mb : System.getProperty("wegwijs.rebuildProbe.buffers", "16,128").split(",")) {
          System.setProperty("wegwijs.index.ramBufferMb", mb);
          System.setProperty(IndexAnalyzers.REFERENCE_PROPERTY, String.valueOf(chain.equals("reference")));
          try (CatalogueIndex index = CatalogueIndex.open(Files.createTempDirectory("rebuild-probe"))) {
            long t0 = System.nanoTime();
            long c0 = os.getProcessCpuTime();
            index.replaceAll(entries.stream(), Map.of());
            System.out.printf("PROBE round %d %s analysis, buffer %s MB: %.1f s wall, %.1f s CPU, %.0f entries/s, load %.1f%n",
                round, chain, mb, (System.nanoTime() - t0) / 1e9, (os.getProcessCpuTime() - c0) / 1e9,
                n / ((System.nanoTime() - t0) / 1e9), os.getSystemLoadAverage());
          }
        }
      }
    }
    System.clearProperty(IndexAnalyzers.REFERENCE_PROPERTY);
  }
}
