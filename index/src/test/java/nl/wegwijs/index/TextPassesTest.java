package nl.wegwijs.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One exhaustive pass and two cheap passes answer every search alike: same total, hits, scores and facets. */
class TextPassesTest {
  /** Each search computed: these tests compare what settings switched between searches of one view compute. */
  @org.junit.jupiter.api.BeforeEach
  void computeEverySearch() {
    System.setProperty(CatalogueIndex.RESULT_CACHE_PROPERTY, "false");
  }

  @AfterEach
  void defaultPasses() {
    System.clearProperty(CatalogueIndex.RESULT_CACHE_PROPERTY);
    System.clearProperty(TextPasses.ONE_PASS_PROPERTY);
  }

  private static List<SearchRequest> requests() {
    List<SearchRequest> out = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    Catalogue.lines("queries-dev.jsonl").forEach(n -> texts.add(n.get("query").asString()));
    texts.addAll(List.of("logeerhuys", "Palizaeus", "kinderthuizorg", "respijt zorg", "samen 1 plan", "pgb", ""));
    for (String t : texts) {
      out.add(SearchRequest.of(t));
      out.add(SearchRequest.of(t).withoutFacets());
      // Age and page 2: filters that are no facet dimension take the same passes.
      out.add(new SearchRequest(t, 1, 5, Map.of("age", List.of("8")), null, false));
    }
    return out;
  }

  private static List<SearchResult> all(String share) throws Exception {
    System.setProperty(TextPasses.ONE_PASS_PROPERTY, share);
    List<SearchResult> out = new ArrayList<>();
    for (SearchRequest r : requests()) {
      out.add(Catalogue.sharedIndex().search(r));
    }
    return out;
  }

  @Test
  void one_pass_and_two_passes_give_the_same_totals_hits_scores_and_facets() throws Exception {
    // 1 takes one pass for every query that matches anything, 0 always two (the code before).
    List<SearchResult> one = all("1");
    List<SearchResult> two = all("0");
    assertThat(one).isEqualTo(two);
    assertThat(one).filteredOn(r -> r.total() > 20 && !r.facets().isEmpty()).hasSizeGreaterThan(30);
  }
}
