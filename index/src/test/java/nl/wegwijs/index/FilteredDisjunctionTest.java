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
 * A filtered text search gives the same total, hits (ids, scores, order, snippets) and facet counts
 * whether its top pass runs the text as one disjunction with filter clauses (FilteredDisjunction) or
 * as the MUST clause of a conjunction with the filters, in one pass and in two, with and without facets.
 */
class FilteredDisjunctionTest {
  private static final String TEXT = "kwartel fazant";
  private static CatalogueIndex index;

  @BeforeAll
  static void smallIndex() throws Exception {
    index = CatalogueIndex.open(Files.createTempDirectory("filtered-disjunction-"));
    List<String> regions = List.of("noord", "midden", "zuid");
    // Word counts vary per entry so scores differ; a third match neither word but do match the
    // filters, so a flat form that let a filter match alone would show more hits.
    index.replaceAll(IntStream.range(0, 120).mapToObj(i -> TestEntries.entry("e" + i, "Plek " + i,
        switch (i % 3) {
          case 0 -> "Een weide met een kwartel" + " en nog een kwartel".repeat(i % 4) + ".";
          case 1 -> "Een bos met een fazant" + (i % 5 == 0 ? " en een kwartel." : ".");
          default -> "Een zwembad in de stad.";
        },
        List.of(i % 2 == 0 ? "Logeeropvang" : "Dagbesteding"), regions.get(i % 4 % 3),
        i % 5 == 0 ? null : i % 5 * 3, i % 5 == 0 ? null : i % 5 * 3 + 4, null, null)), Map.of());
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
    System.clearProperty(FilteredDisjunction.PROPERTY);
    System.clearProperty(TextPasses.ONE_PASS_PROPERTY);
  }

  private static List<SearchRequest> requests() {
    List<SearchRequest> out = new ArrayList<>();
    for (Map<String, List<String>> filters : List.of(Map.of("region", List.of("noord")), Map.of("age", List.of("8")),
        Map.of("region", List.of("noord", "zuid"), "age", List.of("8")), Map.of("category", List.of("Logeeropvang")))) {
      SearchRequest r = new SearchRequest(TEXT, 0, 10, filters, null, false);
      out.add(r);
      out.add(r.withoutFacets());
    }
    return out;
  }

  private static List<SearchResult> all(String flat, String onePassShare) throws Exception {
    System.setProperty(FilteredDisjunction.PROPERTY, flat);
    System.setProperty(TextPasses.ONE_PASS_PROPERTY, onePassShare);
    List<SearchResult> out = new ArrayList<>();
    for (SearchRequest r : requests()) {
      out.add(index.search(r));
    }
    return out;
  }

  @Test
  void the_flat_form_gives_the_same_results_as_the_conjunction() throws Exception {
    for (String onePassShare : List.of("0", "1")) {
      List<SearchResult> conjunction = all("false", onePassShare);
      // Not vacuous: every filter keeps some of the text's matches and drops others, with more than one score.
      assertThat(conjunction).allSatisfy(r -> assertThat(r.total()).isBetween(5L, 79L));
      assertThat(conjunction.getFirst().hits().stream().map(SearchHit::score).distinct().count()).isGreaterThan(1);
      assertThat(all("true", onePassShare)).as("onePassShare=%s", onePassShare).isEqualTo(conjunction);
    }
  }
}
