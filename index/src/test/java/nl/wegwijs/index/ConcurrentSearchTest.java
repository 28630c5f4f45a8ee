package nl.wegwijs.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A search cut into slices that run on several threads gives exactly what one thread over every
 * segment gives (-Dwegwijs.index.searchThreads=1): totals, lower bounds, hits with their scores,
 * snippets, exact and sampled facet counts, on every path (one pass, two passes, the limited count
 * and collection near the count limit, sideways counts under a facet filter). A small view stays
 * one slice.
 */
class ConcurrentSearchTest {
  private static final List<String> REGIONS = List.of("noord", "midden", "zuid");
  /** The threshold as the code sets it (not a copy of its value, so a changed default is tested). */
  private static final int CONCURRENT_FROM = CatalogueSearcher.concurrentFrom;

  /** Each search computed: these tests compare what settings switched between searches of one view compute. */
  @org.junit.jupiter.api.BeforeEach
  void computeEverySearch() {
    System.setProperty(CatalogueIndex.RESULT_CACHE_PROPERTY, "false");
  }

  @AfterEach
  void defaults() {
    CatalogueSearcher.concurrentFrom = CONCURRENT_FROM;
    for (String p : List.of(CatalogueSearcher.THREADS_PROPERTY, CountLimit.PROPERTY, CountLimit.SAMPLE_PROPERTY,
        TextPasses.ONE_PASS_PROPERTY, TextPasses.COUNT_ONCE_PROPERTY, CatalogueIndex.RESULT_CACHE_PROPERTY)) {
      System.clearProperty(p);
    }
  }

  /**
   * 900 entries in three segments of 300 (one rebuild, then two batches each made searchable):
   * every third says kwartel, the next third fazant, so "kwartel fazant" matches 600, 200 per segment,
   * while each word alone matches 300.
   */
  private static CatalogueIndex threeSegments() throws Exception {
    CatalogueIndex index = CatalogueIndex.open(Files.createTempDirectory("concurrent-"));
    index.replaceAll(IntStream.range(0, 300).mapToObj(ConcurrentSearchTest::entry), Map.of());
    for (int batch = 1; batch < 3; batch++) {
      for (int i = batch * 300; i < (batch + 1) * 300; i++) {
        index.upsert(entry(i));
      }
      index.refreshNow();
    }
    return index;
  }

  private static IndexedEntry entry(int i) {
    String summary = switch (i % 3) {
      case 0 -> "Een weide met een kwartel en een logeerhuis.";
      case 1 -> "Een bos met een fazant, dagbesteding op de boerderij.";
      default -> "Een zwembad in de stad met zwemles.";
    };
    return TestEntries.entry("e" + i, "Plek " + i + (i % 7 == 0 ? " kwartel" : ""), summary,
        List.of(i % 2 == 0 ? "Logeeropvang" : "Dagbesteding"), REGIONS.get(i % 5 % 3), i % 4 == 0 ? 4 : null,
        i % 4 == 0 ? 12 : null, null, null);
  }

  private static List<SearchRequest> requests() {
    List<SearchRequest> out = new ArrayList<>();
    for (String text : List.of("kwartel fazant", "kwartel", "zwembad", "boerderij dagbesteding", "plek")) {
      out.add(SearchRequest.of(text));
      out.add(SearchRequest.of(text).withoutFacets());
      // A facet filter (sideways counts) and a filter that is no facet dimension.
      out.add(new SearchRequest(text, 0, 10, Map.of("region", List.of("noord")), null, true));
      out.add(new SearchRequest(text, 0, 10, Map.of("age", List.of("8")), null, true));
      out.add(new SearchRequest(text, 1, 20, Map.of(), null, true));
    }
    return out;
  }

  /** Every request under each count limit and pass setting, with the given number of search threads. */
  private static List<SearchResult> all(CatalogueIndex index, String threads) throws Exception {
    System.setProperty(CatalogueSearcher.THREADS_PROPERTY, threads);
    List<SearchResult> out = new ArrayList<>();
    // No limit; over it per text but under it per slice (the limited count must add the slices up);
    // under it; and a limit below every word's frequency.
    for (int limit : new int[] {Integer.MAX_VALUE, 400, 700, 150}) {
      for (String share : List.of("0.3", "0")) {
        for (String countOnce : List.of("true", "false")) {
          System.setProperty(CountLimit.PROPERTY, String.valueOf(limit));
          // A sample smaller than the matches, as at 100k: estimated counts from SampleQuery.
          System.setProperty(CountLimit.SAMPLE_PROPERTY, "90");
          System.setProperty(TextPasses.ONE_PASS_PROPERTY, share);
          System.setProperty(TextPasses.COUNT_ONCE_PROPERTY, countOnce);
          for (SearchRequest r : requests()) {
            out.add(index.search(r));
          }
        }
      }
    }
    return out;
  }

  @Test
  void a_sliced_search_on_several_threads_gives_what_one_thread_gives() throws Exception {
    CatalogueSearcher.concurrentFrom = 0;
    System.setProperty(CatalogueSearcher.THREADS_PROPERTY, "3");
    try (CatalogueIndex index = threeSegments()) {
      assertThat(index.sliceCount()).isEqualTo(3);
      List<SearchResult> one = all(index, "1");
      List<SearchResult> three = all(index, "3");
      // The paths this is about were taken: a lower bound from the limited count, and estimates.
      assertThat(one).anyMatch(SearchResult::totalIsLowerBound);
      assertThat(one).anyMatch(SearchResult::facetCountsEstimated);
      assertThat(one).anyMatch(r -> r.total() == 600 && !r.totalIsLowerBound());
      for (int i = 0; i < one.size(); i++) {
        assertThat(three.get(i)).as("request %d (%s)", i, requests().get(i % requests().size())).isEqualTo(one.get(i));
      }
    }
  }

  @Test
  void a_small_view_stays_one_slice() throws Exception {
    System.setProperty(CatalogueSearcher.THREADS_PROPERTY, "3");
    try (CatalogueIndex index = threeSegments()) {
      assertThat(index.sliceCount()).isEqualTo(1);
      assertThat(all(index, "3")).isEqualTo(all(index, "1"));
    }
  }
}
