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
 * -Dwegwijs.rebuildProbe.analysis=reference,fast; -Dwegwijs.rebuildProbe.ab=NAME=VALUE[;NAME=VALUE] alternates system properties,
 * -Dwegwijs.rebuildProbe.oneThread=true indexes on the calling thread). Besides wall time it prints the CPU time of
 * all threads, which the load of other builds on the shared cores inflates far less.
 */
class RebuildProbe {
  @Test
  @EnabledIfSystemProperty(named = "wegwijs.rebuildProbe", matches = ".+")
  void probe() throws Exception {
    int n = Integer.getInteger("wegwijs.rebuildProbe");
    List<IndexedEntry> entries = new SyntheticCatalogue().entries(n, 42).toList();
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    // -Dwegwijs.rebuildProbe.ab=NAME=VALUE: every setting runs once without and once with that system property.
    String ab = System.getProperty("wegwijs.rebuildProbe.ab", "");
    List<String> sides = ab.isEmpty() ? List.of("") : List.of("", ab);
    // -Dwegwijs.rebuildProbe.oneThread=true: an unsized stream (indexed on the calling thread), whose thread CPU is printed too.
    boolean oneThread = Boolean.getBoolean("wegwijs.rebuildProbe.oneThread");
    var threads = ManagementFactory.getThreadMXBean();
    for (int round = 0; round < Integer.getInteger("wegwijs.rebuildProbe.rounds", 2); round++) {
      for (String chain : System.getProperty("wegwijs.rebuildProbe.analysis", "fast").split(",")) {
        for (String mb : System.getProperty("wegwijs.rebuildProbe.buffers", "16,128").split(",")) {
          for (String side : round % 2 == 0 ? sides : sides.reversed()) {
            System.setProperty("wegwijs.index.ramBufferMb", mb);
            System.setProperty(IndexAnalyzers.REFERENCE_PROPERTY, String.valueOf(chain.equals("reference")));
            for (String setting : side.isEmpty() ? new String[0] : side.split(";")) {
              String[] kv = setting.split("=", 2);
              System.setProperty(kv[0], kv[1]);
            }
            java.nio.file.Path dir = Files.createTempDirectory("rebuild-probe");
            try (CatalogueIndex index = CatalogueIndex.open(dir)) {
              long t0 = System.nanoTime();
              long c0 = os.getProcessCpuTime();
              long tc0 = threads.getCurrentThreadCpuTime();
              index.replaceAll(oneThread ? java.util.stream.StreamSupport.stream(
                  java.util.Spliterators.spliteratorUnknownSize(entries.iterator(), 0), false) : entries.stream(), Map.of());
              System.out.printf("PROBE round %d %s analysis, buffer %s MB%s: %.1f s wall, %.2f s CPU, %.2f s this thread's CPU, %.0f entries/s, load %.1f%n",
                  round, chain, mb, side.isEmpty() ? "" : ", " + side, (System.nanoTime() - t0) / 1e9,
                  (os.getProcessCpuTime() - c0) / 1e9, (threads.getCurrentThreadCpuTime() - tc0) / 1e9,
                  n / ((System.nanoTime() - t0) / 1e9), os.getSystemLoadAverage());
            } finally {
              for (String setting : side.isEmpty() ? new String[0] : side.split(";")) {
                System.clearProperty(setting.split("=", 2)[0]);
              }
              // Each round's index is only measured, never read again; without this every round left one in /tmp.
              deleteRecursively(dir);
            }
          }
        }
      }
    }
    System.clearProperty(IndexAnalyzers.REFERENCE_PROPERTY);
  }

  private static void deleteRecursively(java.nio.file.Path dir) throws java.io.IOException {
    try (var paths = Files.walk(dir)) {
      for (var p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
