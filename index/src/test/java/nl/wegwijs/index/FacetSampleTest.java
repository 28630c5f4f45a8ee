package nl.wegwijs.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijs.index.bench.SyntheticCatalogue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Beyond the count limit, facet counts come from a sample of about {@link CountLimit#SAMPLE_SIZE}
 * documents, whatever the limit: a large value's estimate stays within the error that sample size
 * allows, the same search gives the same estimates, and -Dwegwijs.index.facetSample moves the size.
 */
class FacetSampleTest {
  private static final int ENTRIES = 24_000;
  private static final int LIMIT = 500;
  private static CatalogueIndex index;

  @BeforeAll
  static void index() throws Exception {
    index = CatalogueIndex.open(Files.createTempDirectory("facet-sample-"));
    index.replaceAll(new SyntheticCatalogue().entries(ENTRIES, 13), Map.of());
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  /** Each search computed: these tests compare what settings switched between searches of one view compute. */
  @org.junit.jupiter.api.BeforeEach
  void computeEverySearch() {
    System.setProperty(CatalogueIndex.RESULT_CACHE_PROPERTY, "false");
  }

  @AfterEach
  void defaults() {
    System.clearProperty(CatalogueIndex.RESULT_CACHE_PROPERTY);
    System.clearProperty(CountLimit.PROPERTY);
    System.clearProperty(CountLimit.SAMPLE_PROPERTY);
  }

  /** Broad texts (bounds up to the whole index, one and two passes) and a facet filter (sideways). */
  private static List<SearchRequest> requests() {
    List<SearchRequest> out = new ArrayList<>();
    for (String t : List.of("zorg", "kinderen", "ouders", "begeleiding", "thuiszorg voor kinderen")) {
      out.add(SearchRequest.of(t));
      out.add(new SearchRequest(t, 0, 10, Map.of("kind", List.of("provision")), null, false));
    }
    return out;
  }

  private static List<SearchResult> search(List<SearchRequest> requests) throws Exception {
    List<SearchResult> out = new ArrayList<>();
    for (SearchRequest r : requests) {
      out.add(index.search(r));
    }
    return out;
  }

  private static List<SearchResult> exact() throws Exception {
    System.setProperty(CountLimit.PROPERTY, String.valueOf(Integer.MAX_VALUE));
    List<SearchResult> exact = search(requests());
    System.clearProperty(CountLimit.PROPERTY);
    return exact;
  }

  @Test
  void a_large_value_is_estimated_within_the_error_of_the_default_sample_and_the_same_twice() throws Exception {
    List<SearchResult> exact = exact();
    System.setProperty(CountLimit.PROPERTY, String.valueOf(LIMIT));
    List<SearchResult> estimated = search(requests());
    int compared = 0;
    for (int i = 0; i < exact.size(); i++) {
      SearchResult e = exact.get(i);
      SearchResult l = estimated.get(i);
      if (e.total() <= CountLimit.SAMPLE_SIZE) {
        continue; // a match set within the sample size may be counted whole (rate 1)
      }
      assertThat(l.facetCountsEstimated()).as(requests().get(i).toString()).isTrue();
      // The rate is the sample size over the match set's bound (at most the index) or its exact
      // total, so at least this; a value's estimate has a standard error of sqrt(c (1 - f) / f).
      double rate = (double) CountLimit.SAMPLE_SIZE / ENTRIES;
      for (var dim : e.facets().entrySet()) {
        Map<String, Long> estimates = new HashMap<>();
        l.facets().get(dim.getKey()).forEach(c -> estimates.put(c.value(), c.count()));
        for (FacetCount c : dim.getValue()) {
          if (c.count() < e.total() / 5) {
            continue; // large values only: a fifth of the matches and more
          }
          // Five standard errors (about one in 1.7 million per value) plus the rounding of count / rate.
          double tolerance = 5 * Math.sqrt(c.count() * (1 - rate) / rate) + 1 / rate;
          assertThat((double) estimates.getOrDefault(c.value(), 0L))
              .as("%s %s=%s exact %d", requests().get(i), dim.getKey(), c.value(), c.count())
              .isCloseTo(c.count(), offset(tolerance));
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThan(20);
    assertThat(search(requests())).as("a fixed seed: the same estimates again").isEqualTo(estimated);
  }

  @Test
  void a_sample_as_large_as_the_index_counts_exactly_while_the_total_stays_a_lower_bound() throws Exception {
    List<SearchResult> exact = exact();
    System.setProperty(CountLimit.PROPERTY, String.valueOf(LIMIT));
    System.setProperty(CountLimit.SAMPLE_PROPERTY, String.valueOf(ENTRIES));
    List<SearchResult> whole = search(requests());
    int over = 0;
    for (int i = 0; i < exact.size(); i++) {
      if (exact.get(i).total() > LIMIT) {
        over++;
        assertThat(whole.get(i).facetCountsEstimated()).as(requests().get(i).toString()).isFalse();
        assertThat(whole.get(i).facets()).as(requests().get(i).toString()).isEqualTo(exact.get(i).facets());
      }
    }
    assertThat(over).isGreaterThan(5);
    assertThat(whole).anyMatch(SearchResult::totalIsLowerBound);
  }

  @Test
  void a_malformed_sample_size_samples_as_the_default() throws Exception {
    System.setProperty(CountLimit.PROPERTY, String.valueOf(LIMIT));
    List<SearchResult> byDefault = search(requests());
    System.setProperty(CountLimit.SAMPLE_PROPERTY, "2.500");
    assertThat(search(requests())).isEqualTo(byDefault);
    System.setProperty(CountLimit.SAMPLE_PROPERTY, "0");
    assertThat(search(requests())).isEqualTo(byDefault);
  }
}
