package nl.wegwijs.index.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.wegwijs.index.CatalogueIndex;
import nl.wegwijs.index.GeoFilter;
import nl.wegwijs.index.IndexedEntry;
import nl.wegwijs.index.SearchRequest;
import nl.wegwijs.index.relevance.StandardAnalyzerRetriever;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A warmed in-process benchmark (not a timed unit test): for each size in -Dwegwijs.bench (e.g.
 * 10000,100000) it builds our index and a bare-Lucene StandardAnalyzer index of the same synthetic
 * entries in the same JVM, then measures indexing throughput, mixed-query latency and heap.
 * Writes index/reports/performance.md with -Dwegwijs.reports=write. See index/README.md.
 */
public class PerformanceBenchmark {
  private static final int ROUNDS = 40;
  private static final String QUERY_CACHE = "wegwijs.index.queryCache";
  private static final String REUSE = "wegwijs.bench.indexDir";
  private static final String EXACT_COUNTS = "wegwijs.index.exactCountUpTo";

  /** One benchmark query and its type (plain, phrase, fuzzy, faceted, geo). */
  public record Mixed(String type, SearchRequest request) {}

  /** The mixed queries, shared with the backend's PostgreSQL comparison. */
  public static List<Mixed> queries() {
    List<Mixed> q = new ArrayList<>();
    for (String t : List.of("logeeropvang", "kinderthuiszorg", "oudervereniging autisme", "pgb", "brussen",
        "jeugdhulp huisarts", "dagbesteding verstandelijke beperking")) {
      q.add(new Mixed("plain", SearchRequest.of(t)));
    }
    for (String t : List.of("thuiszorg voor kinderen", "syndroom van down", "samen 1 plan", "broers en zussen")) {
      q.add(new Mixed("phrase", SearchRequest.of(t)));
    }
    for (String t : List.of("logeerhuys", "Palizaeus", "oudervereninging", "kinderthuizorg")) {
      q.add(new Mixed("fuzzy", SearchRequest.of(t)));
    }
    q.add(new Mixed("faceted", new SearchRequest("logeren", 0, 10, Map.of("kind", List.of("provision"), "funding", List.of("wlz")), null, false)));
    q.add(new Mixed("faceted", new SearchRequest("ondersteuning ouders", 0, 10, Map.of("for", List.of("ouder"), "age", List.of("8")), null, false)));
    q.add(new Mixed("geo", new SearchRequest("logeerhuis", 0, 10, Map.of(), new GeoFilter(51.8867, 5.4292, 25), false)));
    q.add(new Mixed("geo", new SearchRequest("kinderthuiszorg", 0, 10, Map.of(), new GeoFilter(52.0907, 5.1214, 15), false)));
    return q;
  }

  @Test
  @EnabledIfSystemProperty(named = "wegwijs.bench", matches = ".+")
  void benchmark() throws Exception {
    // The engine, not the kept results: these texts repeat round after round (CatalogueIndex.RESULT_CACHE_PROPERTY).
    if (System.getProperty(CatalogueIndex.RESULT_CACHE_PROPERTY) == null) {
      System.setProperty(CatalogueIndex.RESULT_CACHE_PROPERTY, "false");
    }
    StringBuilder md = new StringBuilder(Report.header());
    for (String n : System.getProperty("wegwijs.bench").split(",")) {
      md.append(run(Integer.parseInt(n.strip())));
      System.out.println(md);
    }
    if ("write".equals(System.getProperty("wegwijs.reports"))) {
      Path out = Path.of(System.getProperty("wegwijs.reportDir", "reports"), "performance.md");
      Files.createDirectories(out.getParent());
      Files.writeString(out, md.toString());
    }
  }

  private String run(int n) throws IOException {
    SyntheticCatalogue gen = new SyntheticCatalogue();
    // -Dwegwijs.bench.indexDir=DIR keeps both indexes of each size in DIR/N and reuses them in the
    // next run (a 100k rebuild takes minutes on the shared cores; search work needs many runs).
    // Off by default: a reused run measures no indexing, and DIR must be deleted by hand after a
    // change to the document layout or the index-time analysis, or the searches run on the old index.
    String reuse = System.getProperty(REUSE);
    Path dir = reuse == null ? Files.createTempDirectory("wegwijs-bench-") : Path.of(reuse, String.valueOf(n));
    Report.Row ours;
    Report.Row uncached;
    Map<String, long[]> noFacets;
    Report.Row exact;
    Report.Row bare;
    long baseHeap = heap();
    String stamp = "bench-" + n + "-42";
    try (CatalogueIndex index = CatalogueIndex.open(dir.resolve("ours"))) {
      double seconds = Double.NaN;
      if (reuse == null || !stamp.equals(index.commitData().get("stamp"))) {
        long t0 = System.nanoTime();
        index.replaceAll(gen.entries(n, 42), Map.of("stamp", stamp));
        seconds = (System.nanoTime() - t0) / 1e9;
      }
      List<Mixed> qs = queries();
      Map<String, long[]> lat = Report.measure(qs, ROUNDS, m -> index.search(m.request()));
      ours = new Report.Row(n, seconds, lat, heap() - baseHeap);
      noFacets = Report.measure(qs, ROUNDS, m -> index.search(m.request().withoutFacets()));
      // The same searches with every total and facet count exact (no count limit), same JVM and index.
      System.setProperty(EXACT_COUNTS, String.valueOf(Integer.MAX_VALUE));
      try {
        exact = new Report.Row(n, 0, Report.measure(qs, ROUNDS, m -> index.search(m.request())), 0);
      } finally {
        System.clearProperty(EXACT_COUNTS);
      }
    }
    // The same index reopened with the query cache off: every search analyses its text again, so
    // the honest cost of the pipeline for texts nobody searched a moment ago.
    String cache = System.getProperty(QUERY_CACHE);
    System.setProperty(QUERY_CACHE, "0");
    try (CatalogueIndex index = CatalogueIndex.open(dir.resolve("ours"))) {
      uncached = new Report.Row(n, 0, Report.measure(queries(), ROUNDS, m -> index.search(m.request())), 0);
    } finally {
      if (cache == null) {
        System.clearProperty(QUERY_CACHE);
      } else {
        System.setProperty(QUERY_CACHE, cache);
      }
    }
    String reference = Boolean.getBoolean("wegwijs.bench.referenceRebuild") ? referenceRebuild(gen, n, dir, ours.indexSeconds()) : "";
    try (FSDirectory fs = FSDirectory.open(dir.resolve("bare"))) {
      double seconds = Double.NaN;
      if (reuse == null || !DirectoryReader.indexExists(fs)) {
        long t0 = System.nanoTime();
        try (IndexWriter w = new IndexWriter(fs, new IndexWriterConfig(new StandardAnalyzer()))) {
          gen.entries(n, 42).forEach(e -> add(w, e));
          w.commit();
        }
        seconds = (System.nanoTime() - t0) / 1e9;
      }
      try (DirectoryReader reader = DirectoryReader.open(fs)) {
        IndexSearcher s = new IndexSearcher(reader);
        var qb = new org.apache.lucene.util.QueryBuilder(new StandardAnalyzer());
        Map<String, long[]> lat = Report.measure(queries(), ROUNDS,
            m -> s.search(StandardAnalyzerRetriever.query(qb, m.request().text()), 10));
        bare = new Report.Row(n, seconds, lat, 0);
      }
    }
    String section = Report.section(ours, exact, uncached, new Report.Row(n, 0, noFacets, 0), bare)
        + reference.replace("BARE_SECONDS", fmt(bare.indexSeconds()));
    // A million entries leave about a gigabyte of index files; the next size needs the disk.
    if (reuse == null) {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
    return section;
  }

  /**
   * -Dwegwijs.bench.referenceRebuild=true: the same rebuild with the reference analysis chain
   * (same tokens, without the chain's speed-ups), after ours, so ours pays the JIT warm-up: the
   * before/after of the analysis work in one run, as a ratio, like everything else here.
   */
  private static String referenceRebuild(SyntheticCatalogue gen, int n, Path dir, double oursSeconds) throws IOException {
    System.setProperty(nl.wegwijs.index.indexing.IndexAnalyzers.REFERENCE_PROPERTY, "true");
    double seconds;
    try (CatalogueIndex index = CatalogueIndex.open(dir.resolve("reference"))) {
      long t0 = System.nanoTime();
      index.replaceAll(gen.entries(n, 42), Map.of("stamp", "bench"));
      seconds = (System.nanoTime() - t0) / 1e9;
    } finally {
      System.clearProperty(nl.wegwijs.index.indexing.IndexAnalyzers.REFERENCE_PROPERTY);
    }
    return "Rebuild with the reference analysis chain (same tokens, none of its speed-ups; run after ours): "
        + fmt(seconds) + " s, " + fmt(n / seconds) + " entries/s; ours " + fmt(oursSeconds) + " s, so reference/ours "
        + fmt(seconds / oursSeconds) + "x; bare Lucene BARE_SECONDS s. Load average now "
        + fmt(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()) + ".\n\n";
  }

  private static void add(IndexWriter w, IndexedEntry e) {
    try {
      w.addDocument(StandardAnalyzerRetriever.document(e));
    } catch (IOException ex) {
      throw new java.io.UncheckedIOException(ex);
    }
  }

  static long heap() {
    System.gc();
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  public static double percentile(long[] nanos, double p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)))] / 1e6;
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
