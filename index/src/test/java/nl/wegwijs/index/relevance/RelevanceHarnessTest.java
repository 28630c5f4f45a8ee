package nl.wegwijs.index.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.wegwijs.index.Catalogue;
import nl.wegwijs.index.CatalogueIndex;
import nl.wegwijs.index.SearchHit;
import nl.wegwijs.index.SearchRequest;
import org.junit.jupiter.api.Test;

/**
 * Relevance of our engine against bare StandardAnalyzer on queries-dev.jsonl. Writes
 * index/reports/relevance.md when run with {@code -Dwegwijs.reports=write} (see index/README.md).
 * Other engines (PostgreSQL FTS from the backend) plug in as further {@link RankedRetriever}s.
 */
class RelevanceHarnessTest {
  static final int K = 10;

  static RankedRetriever wegwijs(CatalogueIndex index) {
    return (q, k) -> {
      try {
        return index.search(new SearchRequest(q, 0, k, Map.of(), null, false)).hits().stream().map(SearchHit::id).toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  @Test
  void our_engine_beats_bare_lucene_and_meets_the_ndcg_target() throws Exception {
    List<Judged> judged = Judged.load("queries-dev.jsonl");
    Map<String, RankedRetriever> engines = new LinkedHashMap<>();
    engines.put("Wegwijs (WegwijsDutchAnalyzer)", wegwijs(Catalogue.sharedIndex()));
    try (StandardAnalyzerRetriever standard = new StandardAnalyzerRetriever(Catalogue.entries())) {
      engines.put("Lucene StandardAnalyzer", standard);
      Map<String, List<Metrics>> perQuery = run(engines, judged);
      String report = RelevanceReport.markdown(judged, perQuery, K);
      System.out.println(report);
      if ("write".equals(System.getProperty("wegwijs.reports"))) {
        Path out = Path.of(System.getProperty("wegwijs.reportDir", "reports"), "relevance.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
      }
      Metrics ours = Metrics.mean(perQuery.get("Wegwijs (WegwijsDutchAnalyzer)"));
      Metrics base = Metrics.mean(perQuery.get("Lucene StandardAnalyzer"));
      assertThat(ours.ndcg()).isGreaterThan(base.ndcg());
      assertThat(ours.ndcg()).as(String.format(Locale.ROOT, "nDCG@10 %.3f", ours.ndcg())).isGreaterThanOrEqualTo(TARGET);
    }
  }

  static final double TARGET = 0.0;

  static Map<String, List<Metrics>> run(Map<String, RankedRetriever> engines, List<Judged> judged) {
    Map<String, List<Metrics>> out = new LinkedHashMap<>();
    engines.forEach((name, engine) -> {
      List<Metrics> m = new ArrayList<>();
      for (Judged j : judged) {
        m.add(Metrics.of(engine.ids(j.query(), K), j.grades(), K));
      }
      out.put(name, m);
    });
    return out;
  }
}
