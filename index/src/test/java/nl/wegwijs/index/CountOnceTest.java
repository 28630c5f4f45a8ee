package nl.wegwijs.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Near the count limit the pass that checks the limit is also the count (and the facet match set):
 * a match set of exactly the limit keeps its exact total and facet counts, one document more is a
 * lower bound with estimated counts, whichever way the limit is checked (countOnce or two passes).
 */
class CountOnceTest {
  private static final String TEXT = "kwartel fazant";
  private static CatalogueIndex index;

  @BeforeAll
  static void smallIndex() throws Exception {
    index = CatalogueIndex.open(Files.createTempDirectory("count-once-"));
    List<String> regions = List.of("noord", "midden", "zuid");
    // 23 entries say kwartel, 27 others fazant, 40 neither: the text matches 50, while each word
    // alone matches fewer than any limit below (so no term's frequency can tell the limit is passed).
    index.replaceAll(IntStream.range(0, 90).mapToObj(i -> TestEntries.entry("e" + i, "Plek " + i,
        i < 23 ? "Een weide met een kwartel." : i < 50 ? "Een bos met een fazant." : "Een zwembad in de stad.",
        List.of(i % 2 == 0 ? "Logeeropvang" : "Dagbesteding"), regions.get(i % 3), null, null, null, null)), Map.of());
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
    System.clearProperty(TextPasses.ONE_PASS_PROPERTY);
    System.clearProperty(TextPasses.COUNT_ONCE_PROPERTY);
    System.clearProperty(CountLimit.SAMPLE_PROPERTY);
  }

  private static List<SearchRequest> requests() {
    List<SearchRequest> out = new ArrayList<>();
    out.add(SearchRequest.of(TEXT));
    out.add(SearchRequest.of(TEXT).withoutFacets());
    // A filter that is no facet dimension: the count pass is filtered and no lower bound is known.
    out.add(new SearchRequest(TEXT, 0, 10, Map.of("age", List.of("8")), null, false));
    return out;
  }

  private static List<SearchResult> all(int limit, String countOnce) throws Exception {
    System.setProperty(CountLimit.PROPERTY, String.valueOf(limit));
    System.setProperty(TextPasses.COUNT_ONCE_PROPERTY, countOnce);
    // The default facet sample (10,000) would cover this small index whole; sampled like a large one.
    System.setProperty(CountLimit.SAMPLE_PROPERTY, String.valueOf(limit));
    // Two passes with facets too (a small index otherwise takes one exhaustive pass, exact anyway).
    System.setProperty(TextPasses.ONE_PASS_PROPERTY, "0");
    List<SearchResult> out = new ArrayList<>();
    for (SearchRequest r : requests()) {
      out.add(index.search(r));
    }
    return out;
  }

  @Test
  void a_match_set_of_the_limit_is_exact_and_one_more_is_a_lower_bound_with_estimated_counts() throws Exception {
    List<SearchResult> exact = all(Integer.MAX_VALUE, "true");
    assertThat(exact).allSatisfy(r -> assertThat(r.total()).isEqualTo(50));
    assertThat(exact.getFirst().facets().get("region")).extracting(FacetCount::count).containsExactly(17L, 17L, 16L);
    for (String countOnce : List.of("true", "false")) {
      assertThat(all(50, countOnce)).as("at the limit, countOnce=%s", countOnce).isEqualTo(exact);
      assertThat(all(51, countOnce)).as("under the limit, countOnce=%s", countOnce).isEqualTo(exact);
      List<SearchResult> over = all(49, countOnce);
      for (int i = 0; i < over.size(); i++) {
        SearchResult o = over.get(i);
        String as = requests().get(i) + " over the limit, countOnce=" + countOnce;
        assertThat(o.total()).as(as).isEqualTo(49);
        assertThat(o.totalIsLowerBound()).as(as).isTrue();
        assertThat(o.facetCountsEstimated()).as(as).isEqualTo(requests().get(i).facets());
        assertThat(o.hits()).as(as).isEqualTo(exact.get(i).hits());
      }
    }
  }
}
