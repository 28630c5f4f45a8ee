package nl.wegwijs.index;

import static nl.wegwijs.index.TestEntries.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A repeated request is answered from its view's kept result (CatalogueSearcher.results), and that
 * answer is the one a search would compute; an edit or a synonym change is never hidden by it
 * (EditorSynonymsTest and CatalogueIndexTest's near-real-time test search the same text before and after).
 */
class ResultCacheTest {
  @TempDir Path dir;

  @AfterEach
  void cacheOnAgain() {
    System.clearProperty(CatalogueIndex.RESULT_CACHE_PROPERTY);
  }

  /** Plain, typo, filtered, faceted and unfaceted, second page, around a place: the request shapes the API sends. */
  private static List<SearchRequest> requests() {
    GeoFilter nijmegen = new GeoFilter(51.8425, 5.8528, 25);
    return List.of(
        SearchRequest.of("logeeropvang"),
        SearchRequest.of("logeerhuys"),
        SearchRequest.of("oudervereniging autisme").withoutFacets(),
        new SearchRequest("logeren", 0, 10, Map.of("kind", List.of("provision")), null, false),
        new SearchRequest("ondersteuning ouders", 1, 5, Map.of("age", List.of("8")), null, false),
        new SearchRequest("jeugdhulp", 0, 10, Map.of(), nijmegen, false),
        new SearchRequest("pgb", 0, 10, Map.of(), null, true));
  }

  @Test
  void a_repeated_request_gets_the_kept_result_which_equals_a_fresh_search() throws Exception {
    CatalogueIndex index = Catalogue.sharedIndex();
    for (SearchRequest r : requests()) {
      SearchResult first = index.search(r);
      assertThat(index.search(r)).as("kept: " + r).isSameAs(first);
      System.setProperty(CatalogueIndex.RESULT_CACHE_PROPERTY, "false");
      SearchResult fresh = index.search(r);
      System.clearProperty(CatalogueIndex.RESULT_CACHE_PROPERTY);
      assertThat(fresh).as("computed again: " + r).isNotSameAs(first).isEqualTo(first);
    }
  }

  @Test
  void requests_that_differ_in_any_part_get_their_own_results() throws Exception {
    CatalogueIndex index = Catalogue.sharedIndex();
    SearchResult page1 = index.search(new SearchRequest("logeeropvang", 0, 5, Map.of(), null, false));
    SearchResult page2 = index.search(new SearchRequest("logeeropvang", 1, 5, Map.of(), null, false));
    assertThat(page2.hits()).isNotEmpty().doesNotContainAnyElementsOf(page1.hits());
    SearchResult knowledge = index.search(new SearchRequest("logeeropvang", 0, 5, Map.of("kind", List.of("knowledge")), null, false));
    assertThat(knowledge.hits()).extracting(SearchHit::kind).containsOnly("knowledge");
    assertThat(index.search(new SearchRequest("logeeropvang", 0, 5, Map.of(), null, true)).expansions())
        .as("literal: no synonyms").isEmpty();
    assertThat(index.search(new SearchRequest("logeeropvang", 0, 5, Map.of(), null, false).withoutFacets()).facets()).isEmpty();
    assertThat(page1.facets()).isNotEmpty();
  }

  @Test
  void a_kept_result_cannot_be_changed_by_a_caller() throws Exception {
    SearchResult r = Catalogue.sharedIndex().search(SearchRequest.of("logeeropvang"));
    assertThatThrownBy(() -> r.hits().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> r.facets().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> r.facets().values().iterator().next().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  /**
   * "Aa" and "BB" have the same hash code, so a kept key whose list the caller changed from Aa to BB
   * would sit where a request for BB looks, equal to it, and answer with Aa's entries: the key keeps
   * its own copy of the lists.
   */
  @Test
  void a_filter_list_the_caller_changes_after_searching_does_not_change_what_later_searches_get() throws Exception {
    assertThat(List.of("Aa").hashCode()).isEqualTo(List.of("BB").hashCode());
    try (CatalogueIndex index = CatalogueIndex.open(dir.resolve("idx"))) {
      index.upsert(entry("a", "Logeerhuis De Vlinder", "Logeren voor kinderen.", List.of("respijtzorg"), "Aa", null, null, null, null));
      index.upsert(entry("b", "Logeerhuis De Berk", "Logeren voor kinderen.", List.of("respijtzorg"), "BB", null, null, null, null));
      index.refreshNow();
      List<String> regions = new ArrayList<>(List.of("Aa"));
      assertThat(index.search(new SearchRequest("logeerhuis", 0, 10, Map.of("region", regions), null, false)).hits())
          .extracting(SearchHit::id).containsExactly("a");
      regions.set(0, "BB");
      assertThat(index.search(new SearchRequest("logeerhuis", 0, 10, Map.of("region", List.of("BB")), null, false)).hits())
          .extracting(SearchHit::id).containsExactly("b");
      assertThat(index.search(new SearchRequest("logeerhuis", 0, 10, Map.of("region", List.of("Aa")), null, false)).hits())
          .extracting(SearchHit::id).containsExactly("a");
    }
  }
}
