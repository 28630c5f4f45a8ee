package nl.wegwijs.index.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.wegwijs.index.CatalogueIndex;
import nl.wegwijs.index.SearchRequest;
import nl.wegwijs.index.SearchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Tuning aid for search work on an index the benchmark kept (-Dwegwijs.bench.indexDir): with
 * -Dwegwijs.searchProbe=DIR/100000/ours it runs the benchmark's mixed queries (query cache off) for
 * -Dwegwijs.searchProbe.seconds (default 20; profile with -XX:StartFlightRecording in the argLine),
 * prints the mean wall and thread CPU time per query, and with -Dwegwijs.searchProbe.dump=FILE writes every query's
 * total, hits (id, score, snippet) and facet counts, so two versions of the code can be diffed for
 * exactly the same results. With -Dwegwijs.searchProbe.clients=N (N > 1) it measures throughput instead:
 * N threads search at once, in rounds of -Dwegwijs.searchProbe.roundSeconds (default 5), and with
 * -Dwegwijs.searchProbe.ab every other round runs with the switch; searches per second for both sides.
 */
class SearchProbe {
  @Test
  @EnabledIfSystemProperty(named = "wegwijs.searchProbe", matches = ".+")
  void probe() throws Exception {
    // The engine, not the kept results: these texts repeat round after round (CatalogueIndex.RESULT_CACHE_PROPERTY).
    if (System.getProperty(CatalogueIndex.RESULT_CACHE_PROPERTY) == null) {
      System.setProperty(CatalogueIndex.RESULT_CACHE_PROPERTY, "false");
    }
    // -Dwegwijs.searchProbe.queryCache=256 profiles the cached path the benchmark's repeated texts take.
    System.setProperty("wegwijs.index.queryCache", System.getProperty("wegwijs.searchProbe.queryCache", "0"));
    List<SearchRequest> requests = new ArrayList<>();
    // The benchmark's request kind of each request (plain, phrase, ...), for the per-kind medians.
    List<String> kinds = new ArrayList<>();
    // -Dwegwijs.searchProbe.facets=false runs only the requests without facet counts (the text search alone).
    if (!"false".equals(System.getProperty("wegwijs.searchProbe.facets"))) {
      PerformanceBenchmark.queries().forEach(m -> {
        requests.add(m.request());
        kinds.add(m.type());
      });
    }
    PerformanceBenchmark.queries().forEach(m -> {
      requests.add(m.request().withoutFacets());
      kinds.add(m.type() + " without facets");
    });
    // -Dwegwijs.searchProbe.only=TEXT keeps only the requests of that text (a profile of one request).
    String only = System.getProperty("wegwijs.searchProbe.only");
    for (int i = requests.size() - 1; only != null && i >= 0; i--) {
      if (!requests.get(i).text().equals(only)) {
        requests.remove(i);
        kinds.remove(i);
      }
    }
    try (CatalogueIndex index = CatalogueIndex.open(Path.of(System.getProperty("wegwijs.searchProbe")))) {
      String dump = System.getProperty("wegwijs.searchProbe.dump");
      if (dump != null) {
        StringBuilder out = new StringBuilder();
        for (SearchRequest r : requests) {
          SearchResult res = index.search(r);
          out.append("## ").append(r.text()).append(' ').append(new java.util.TreeMap<>(r.filters())).append(' ')
              .append(r.near()).append(" facets=").append(r.facets()).append("\ntotal ").append(res.total()).append(" suggestion ")
              .append(res.suggestion()).append(" expansions ").append(res.expansions()).append('\n');
          res.hits().forEach(h -> out.append(h.id()).append(' ').append(h.score()).append(' ')
              .append(h.distanceKm()).append(' ').append(h.snippet()).append('\n'));
          res.facets().forEach((k, v) -> out.append(k).append(' ').append(v).append('\n'));
        }
        Files.writeString(Path.of(dump), out);
      }
      long seconds = Long.getLong("wegwijs.searchProbe.seconds", 20);
      var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
      long[] nanos = new long[requests.size()];
      long[] cpuNanos = new long[requests.size()];
      long[] counts = new long[requests.size()];
      // Half as long again unmeasured first, so the JIT has compiled the search path.
      long warm = System.nanoTime() + seconds * 500_000_000L;
      while (System.nanoTime() < warm) {
        for (SearchRequest r : requests) {
          index.search(r);
        }
      }
      // -Dwegwijs.searchProbe.ab=NAME=VALUE: every other round runs with that system property set
      // (e.g. a switch back to the old code path), reported separately: before/after in one JVM.
      String ab = System.getProperty("wegwijs.searchProbe.ab");
      int clients = Integer.getInteger("wegwijs.searchProbe.clients", 1);
      if (clients > 1) {
        throughput(index, requests, clients, seconds, ab);
        return;
      }
      // Process CPU time per search (every thread: the calling one, the search pool, GC), per side:
      // with intra-query concurrency the calling thread's CPU no longer tells what a search costs.
      var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
      long[] processCpu = new long[2];
      long[] processSearches = new long[2];
      long[] nanosB = new long[requests.size()];
      long[] cpuB = new long[requests.size()];
      long[] countsB = new long[requests.size()];
      // Every measured search's thread CPU time per request kind, for the medians (p50) of A and B.
      java.util.Map<String, List<Long>> samples = new java.util.TreeMap<>();
      java.util.Map<String, List<Long>> samplesB = new java.util.TreeMap<>();
      // Wall time of every measured search per kind and side, for percentiles next to the means.
      java.util.Map<String, List<Long>> wallA = new java.util.TreeMap<>();
      java.util.Map<String, List<Long>> wallB = new java.util.TreeMap<>();
      java.util.Map<String, Long> cpuKindA = new java.util.TreeMap<>();
      java.util.Map<String, Long> cpuKindB = new java.util.TreeMap<>();
      long end = System.nanoTime() + seconds * 1_000_000_000L;
      for (int round = 0; System.nanoTime() < end; round++) {
        boolean b = ab != null && round % 2 == 1;
        if (ab != null) {
          if (b) {
            System.setProperty(ab.substring(0, ab.indexOf('=')), ab.substring(ab.indexOf('=') + 1));
          } else {
            System.clearProperty(ab.substring(0, ab.indexOf('=')));
          }
        }
        long p0 = os.getProcessCpuTime();
        for (int i = 0; i < requests.size(); i++) {
          if (b) {
            long t0 = System.nanoTime();
            long c0 = cpu.getCurrentThreadCpuTime();
            index.search(requests.get(i));
            long spentB = cpu.getCurrentThreadCpuTime() - c0;
            cpuB[i] += spentB;
            samplesB.computeIfAbsent(kinds.get(i), k -> new ArrayList<>()).add(spentB);
            nanosB[i] += System.nanoTime() - t0;
            countsB[i]++;
            record(wallB, cpuKindB, kinds.get(i), System.nanoTime() - t0, cpu.getCurrentThreadCpuTime() - c0);
            continue;
          }
          long t0 = System.nanoTime();
          long c0 = cpu.getCurrentThreadCpuTime();
          index.search(requests.get(i));
          long spent = cpu.getCurrentThreadCpuTime() - c0;
          cpuNanos[i] += spent;
          samples.computeIfAbsent(kinds.get(i), k -> new ArrayList<>()).add(spent);
          nanos[i] += System.nanoTime() - t0;
          counts[i]++;
          record(wallA, cpuKindA, kinds.get(i), System.nanoTime() - t0, cpu.getCurrentThreadCpuTime() - c0);
        }
        processCpu[b ? 1 : 0] += os.getProcessCpuTime() - p0;
        processSearches[b ? 1 : 0] += requests.size();
      }
      double wall = 0;
      double thread = 0;
      double threadB = 0;
      for (int i = 0; i < requests.size(); i++) {
        SearchRequest r = requests.get(i);
        wall += nanos[i] / 1e6 / counts[i];
        thread += cpuNanos[i] / 1e6 / counts[i];
        System.out.printf(Locale.ROOT, "PROBE %6.2f ms wall %6.2f ms cpu%s %s facets=%s %s%n", nanos[i] / 1e6 / counts[i],
            cpuNanos[i] / 1e6 / counts[i], ab == null ? "" : String.format(Locale.ROOT, " | with %s %6.2f ms cpu", ab, cpuB[i] / 1e6 / Math.max(1, countsB[i])),
            r.text(), r.facets(), r.filters().isEmpty() && r.near() == null ? "" : "filtered");
        threadB += cpuB[i] / 1e6 / Math.max(1, countsB[i]);
      }
      for (var kind : samples.entrySet()) {
        System.out.printf(Locale.ROOT, "PROBE kind %-24s p50 %6.2f ms cpu%s%n", kind.getKey(), median(kind.getValue()),
            ab == null ? "" : String.format(Locale.ROOT, " | with %s p50 %6.2f ms cpu", ab, median(samplesB.getOrDefault(kind.getKey(), List.of()))));
      }
      for (String kind : wallA.keySet()) {
        System.out.printf(Locale.ROOT, "PROBE %-26s p50 %6.2f p99 %6.2f ms wall, cpu %6.2f ms%s%n", kind,
            percentile(wallA.get(kind), 0.5), percentile(wallA.get(kind), 0.99), cpuKindA.get(kind) / 1e6 / wallA.get(kind).size(),
            ab == null || !wallB.containsKey(kind) ? "" : String.format(Locale.ROOT, " | with %s p50 %6.2f p99 %6.2f, cpu %6.2f ms", ab,
                percentile(wallB.get(kind), 0.5), percentile(wallB.get(kind), 0.99), cpuKindB.get(kind) / 1e6 / wallB.get(kind).size()));
      }
      // Thread CPU time moves far less than wall time with the load of other builds.
      System.out.printf(Locale.ROOT, "PROBE mean per search: %.2f ms wall, %.2f ms cpu%s, load %.1f%n", wall / requests.size(),
          thread / requests.size(), ab == null ? "" : String.format(Locale.ROOT, " (with %s: %.2f ms cpu)", ab, threadB / requests.size()),
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      System.out.printf(Locale.ROOT, "PROBE process cpu per search: %.3f ms%s, load %.1f%n", processCpu[0] / 1e6 / Math.max(1, processSearches[0]),
          ab == null ? "" : String.format(Locale.ROOT, " | with %s %.3f ms (ratio default/with %.3f)", ab,
              processCpu[1] / 1e6 / Math.max(1, processSearches[1]),
              (processCpu[0] / (double) Math.max(1, processSearches[0])) / (processCpu[1] / (double) Math.max(1, processSearches[1]))),
          os.getSystemLoadAverage());
    }
  }

  /** {@code clients} threads searching at once, in alternating rounds with and without {@code ab}: searches per second. */
  private static void throughput(CatalogueIndex index, List<SearchRequest> requests, int clients, long seconds, String ab)
      throws Exception {
    long roundNanos = Long.getLong("wegwijs.searchProbe.roundSeconds", 5) * 1_000_000_000L;
    var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    long[] searches = new long[2];
    long[] nanos = new long[2];
    long[] processCpu = new long[2];
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    var pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
    try {
      for (int round = 0; System.nanoTime() < end || round % 2 == 1; round++) {
        int side = ab != null && round % 2 == 1 ? 1 : 0;
        if (ab != null) {
          if (side == 1) {
            System.setProperty(ab.substring(0, ab.indexOf('=')), ab.substring(ab.indexOf('=') + 1));
          } else {
            System.clearProperty(ab.substring(0, ab.indexOf('=')));
          }
        }
        long t0 = System.nanoTime();
        long p0 = os.getProcessCpuTime();
        long deadline = t0 + roundNanos;
        List<java.util.concurrent.Future<Long>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
          int start = c * requests.size() / clients;
          done.add(pool.submit(() -> {
            long n = 0;
            // Each client starts elsewhere in the mix, so they do not search the same text at once.
            for (int i = start; System.nanoTime() < deadline; i = (i + 1) % requests.size()) {
              index.search(requests.get(i));
              n++;
            }
            return n;
          }));
        }
        for (var f : done) {
          searches[side] += f.get();
        }
        nanos[side] += System.nanoTime() - t0;
        processCpu[side] += os.getProcessCpuTime() - p0;
      }
    } finally {
      pool.shutdown();
    }
    double a = searches[0] / (nanos[0] / 1e9);
    double b = nanos[1] == 0 ? Double.NaN : searches[1] / (nanos[1] / 1e9);
    System.out.printf(Locale.ROOT, "PROBE throughput %d clients: %.0f searches/s, %.3f ms process cpu per search%s, load %.1f%n", clients, a,
        processCpu[0] / 1e6 / Math.max(1, searches[0]),
        ab == null ? "" : String.format(Locale.ROOT, " | with %s %.0f searches/s, %.3f ms process cpu per search (ratio default/with %.3f)", ab, b,
            processCpu[1] / 1e6 / Math.max(1, searches[1]), a / b),
        os.getSystemLoadAverage());
  }

  private static double median(List<Long> nanos) {
    if (nanos.isEmpty()) {
      return Double.NaN;
    }
    List<Long> sorted = new ArrayList<>(nanos);
    java.util.Collections.sort(sorted);
    return sorted.get(sorted.size() / 2) / 1e6;
  }

  /** One search's wall and thread CPU time under its kind and under all searches with or without facets. */
  private static void record(java.util.Map<String, List<Long>> wall, java.util.Map<String, Long> cpu, String kind, long wallNanos,
      long cpuNanos) {
    for (String k : List.of(kind, kind.endsWith("without facets") ? "all mixed without facets" : "all mixed")) {
      wall.computeIfAbsent(k, x -> new ArrayList<>()).add(wallNanos);
      cpu.merge(k, cpuNanos, Long::sum);
    }
  }

  private static double percentile(List<Long> nanos, double q) {
    List<Long> sorted = nanos.stream().sorted().toList();
    return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size()))) / 1e6;
  }
}
