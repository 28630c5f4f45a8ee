package nl.wegwijs.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.wegwijs.index.bench.SyntheticCatalogue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Totals and facet counts are exact up to the count limit (10,000 by default, above any real
 * result set); beyond it the total is the limit, marked as a lower bound, and facet counts are
 * estimates from a random sample, within a stated error of the exact counts.
 */
class CountLimitTest {
  /** Each search computed: these tests compare what settings switched between searches of one view compute. */
  @org.junit.jupiter.api.BeforeEach
  void computeEverySearch() {
    System.setProperty(CatalogueIndex.RESULT_CACHE_PROPERTY, "false");
  }

  @AfterEach
  void defaultLimit() {
    System.clearProperty(CatalogueIndex.RESULT_CACHE_PROPERTY);
    System.clearProperty(CountLimit.PROPERTY);
    System.clearProperty(CountLimit.SAMPLE_PROPERTY);
  }

  private static List<SearchRequest> requests(List<String> texts) {
    List<SearchRequest> out = new ArrayList<>();
    for (String t : texts) {
      out.add(SearchRequest.of(t));
      out.add(SearchRequest.of(t).withoutFacets());
      out.add(new SearchRequest(t, 0, 10, Map.of("kind", List.of("provision")), null, false));
      out.add(new SearchRequest(t, 0, 10, Map.of("age", List.of("8")), null, false));
    }
    return out;
  }

  private static List<SearchResult> all(CatalogueIndex index, List<SearchRequest> requests, int limit) throws Exception {
    System.setProperty(CountLimit.PROPERTY, String.valueOf(limit));
    // These tests lower the limit to reach it on small indexes; a sample of the default size would
    // cover those whole match sets, so the sample is lowered with it (FacetSampleTest keeps the default).
    System.setProperty(CountLimit.SAMPLE_PROPERTY, String.valueOf(limit));
    List<SearchResult> out = new ArrayList<>();
    for (SearchRequest r : requests) {
      out.add(index.search(r));
    }
    return out;
  }

  @Test
  void the_demo_catalogue_is_counted_exactly_under_the_default_limit() throws Exception {
    List<String> texts = new ArrayList<>();
    Catalogue.lines("queries-dev.jsonl").forEach(n -> texts.add(n.get("query").asString()));
    texts.addAll(List.of("zorg", "kinderen", "ouders", ""));
    List<SearchRequest> requests = requests(texts);
    List<SearchResult> exact = all(Catalogue.sharedIndex(), requests, Integer.MAX_VALUE);
    System.clearProperty(CountLimit.PROPERTY);
    System.clearProperty(CountLimit.SAMPLE_PROPERTY);
    List<SearchResult> byDefault = new ArrayList<>();
    for (SearchRequest r : requests) {
      byDefault.add(Catalogue.sharedIndex().search(r));
    }
    assertThat(byDefault).isEqualTo(exact);
    assertThat(byDefault).noneMatch(r -> r.totalIsLowerBound() || r.facetCountsEstimated());
  }

  @Test
  void a_result_set_above_the_limit_is_a_lower_bound_and_one_below_it_stays_exact() throws Exception {
    List<String> texts = new ArrayList<>(List.of("zorg", "kinderen", "ouders", "logeeropvang", "pgb", "autisme", "school", ""));
    List<SearchRequest> requests = requests(texts);
    List<SearchResult> exact = all(Catalogue.sharedIndex(), requests, Integer.MAX_VALUE);
    List<SearchResult> limited = all(Catalogue.sharedIndex(), requests, 60);
    int over = 0;
    for (int i = 0; i < requests.size(); i++) {
      SearchResult e = exact.get(i);
      SearchResult l = limited.get(i);
      if (e.total() <= 60) {
        assertThat(l).as(requests.get(i).toString()).isEqualTo(e);
      } else {
        over++;
        // A total counted in the same pass as the hits (one exhaustive pass) stays exact; one
        // that needs a counting pass of its own stops at the limit.
        assertThat(l.totalIsLowerBound() ? l.total() : e.total()).isEqualTo(l.totalIsLowerBound() ? 60 : l.total());
        assertThat(l.hits()).as("the top hits do not depend on counting").isEqualTo(e.hits());
        assertThat(l.facetCountsEstimated()).isEqualTo(requests.get(i).facets() && !l.facets().isEmpty());
      }
    }
    assertThat(over).isGreaterThan(8);
    assertThat(limited).anyMatch(SearchResult::totalIsLowerBound);
  }

  @Test
  void estimated_facet_counts_lie_within_four_standard_errors_of_the_exact_ones(@TempDir java.nio.file.Path dir)
      throws Exception {
    try (CatalogueIndex index = CatalogueIndex.open(dir)) {
      // The sample is a fixed seed over doc ids, so which entries it takes depends on the documents'
      // order and segments. A stream of known size from PARALLEL_FROM entries is indexed on all
      // cores in a different order every run, which made this a fresh random draw per run (one run
      // saw an error of 357 against a bound of 350.5). The filter drops the stream's known size,
      // so replaceAll takes its one-thread path: the order is the stream's, the same estimates in
      // every run, and a change of the estimator shows as a reproducible failure, not a flaky one.
      index.replaceAll(new SyntheticCatalogue().entries(6000, 11).filter(e -> true), Map.of());
      assertInStreamOrder(dir, 6000);
      List<SearchRequest> requests = new ArrayList<>();
      for (String t : List.of("zorg", "ouders", "kinderen", "logeeropvang", "thuiszorg voor kinderen")) {
        requests.add(SearchRequest.of(t));
        requests.add(new SearchRequest(t, 0, 10, Map.of("kind", List.of("provision")), null, false));
      }
      List<SearchResult> exact = all(index, requests, Integer.MAX_VALUE);
      List<SearchResult> limited = all(index, requests, 500);
      int compared = 0;
      for (int i = 0; i < requests.size(); i++) {
        SearchResult e = exact.get(i);
        SearchResult l = limited.get(i);
        if (e.total() <= 500) {
          continue;
        }
        assertThat(l.total()).isEqualTo(l.totalIsLowerBound() ? 500 : e.total());
        assertThat(l.facetCountsEstimated()).isTrue();
        assertThat(l.hits()).isEqualTo(e.hits());
        // The sample (lowered to 500 with the limit) takes about 500 documents of the match set's
        // document-frequency bound (at most the 6,000 entries), so the rate is at least 500 / 6000.
        double rate = 500.0 / 6000;
        for (var dim : e.facets().entrySet()) {
          Map<String, Long> estimates = new java.util.HashMap<>();
          l.facets().get(dim.getKey()).forEach(c -> estimates.put(c.value(), c.count()));
          for (FacetCount c : dim.getValue()) {
            if (c.count() < e.total() / 10) {
              continue; // rare values may be missing from a sample; shares of 10% and more are shown
            }
            double error = 4 * Math.sqrt(c.count() * (1 - rate) / rate) + 1 / rate;
            assertThat((double) estimates.getOrDefault(c.value(), 0L))
                .as("%s %s=%s exact %d", requests.get(i).text(), dim.getKey(), c.value(), c.count())
                .isCloseTo(c.count(), org.assertj.core.data.Offset.offset(error));
            compared++;
          }
        }
      }
      assertThat(compared).isGreaterThan(30);
    }
  }

  /** The precondition of a reproducible sample: the committed documents hold the entries in stream order. */
  private static void assertInStreamOrder(java.nio.file.Path dir, int n) throws Exception {
    try (var directory = org.apache.lucene.store.FSDirectory.open(dir);
        var reader = org.apache.lucene.index.DirectoryReader.open(directory)) {
      assertThat(reader.maxDoc()).isEqualTo(n);
      var stored = reader.storedFields();
      for (int doc = 0; doc < n; doc++) {
        assertThat(stored.document(doc).get(nl.wegwijs.index.indexing.Fields.ID)).as("doc %d", doc).isEqualTo("syn-" + doc);
      }
    }
  }

  @Test
  void a_malformed_limit_falls_back_to_the_default_with_one_warning() throws Exception {
    List<SearchRequest> requests = requests(List.of("zorg", "logeeropvang", "pgb"));
    System.clearProperty(CountLimit.PROPERTY);
    List<SearchResult> byDefault = new ArrayList<>();
    for (SearchRequest r : requests) {
      byDefault.add(Catalogue.sharedIndex().search(r));
    }
    List<java.util.logging.LogRecord> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();
    java.util.logging.Handler handler = new java.util.logging.Handler() {
      @Override
      public void publish(java.util.logging.LogRecord record) {
        warnings.add(record);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    java.util.logging.Logger log = java.util.logging.Logger.getLogger(JvmSetting.class.getName());
    log.addHandler(handler);
    try {
      System.setProperty(CountLimit.PROPERTY, "10.000");
      List<SearchResult> malformed = new ArrayList<>();
      for (SearchRequest r : requests) {
        malformed.add(Catalogue.sharedIndex().search(r));
        malformed.set(malformed.size() - 1, Catalogue.sharedIndex().search(r));
      }
      assertThat(malformed).as("every search still answers, as under the default").isEqualTo(byDefault);
      assertThat(warnings).hasSize(1);
      assertThat(warnings.getFirst().getLevel()).isEqualTo(java.util.logging.Level.WARNING);
    } finally {
      log.removeHandler(handler);
    }
  }
}
