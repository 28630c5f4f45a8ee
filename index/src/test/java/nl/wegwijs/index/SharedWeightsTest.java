package nl.wegwijs.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A prepared text keeps its scoring weights for its index view (Rewritten), so later searches of the
 * same text, on any thread, reuse them: they must answer exactly as a search that builds everything
 * afresh (an index with the query cache off).
 */
class SharedWeightsTest {
  private static List<SearchRequest> requests() {
    List<SearchRequest> out = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    Catalogue.lines("queries-dev.jsonl").forEach(n -> texts.add(n.get("query").asString()));
    texts.addAll(List.of("logeerhuys", "Palizaeus", "respijt zorg", "logeeropvang Tiel", "pgb"));
    for (String t : texts) {
      out.add(SearchRequest.of(t));
      out.add(new SearchRequest(t, 1, 5, Map.of("age", List.of("8")), null, false));
      out.add(new SearchRequest(t, 0, 10, Map.of("kind", List.of("provision")), null, false));
    }
    return out;
  }

  private static CatalogueIndex open(Path dir, int cachedQueries) throws Exception {
    System.setProperty(CatalogueIndex.QUERY_CACHE_PROPERTY, String.valueOf(cachedQueries));
    try {
      CatalogueIndex index = CatalogueIndex.open(dir);
      index.replaceAll(Catalogue.entries().stream(), Map.of());
      return index;
    } finally {
      System.clearProperty(CatalogueIndex.QUERY_CACHE_PROPERTY);
    }
  }

  @Test
  void repeated_searches_on_many_threads_answer_as_a_fresh_search() throws Exception {
    List<SearchRequest> requests = requests();
    Path fresh = Files.createTempDirectory("wegwijs-fresh-");
    Path cached = Files.createTempDirectory("wegwijs-cached-");
    List<SearchResult> expected = new ArrayList<>();
    try (CatalogueIndex index = open(fresh, 0)) {
      for (SearchRequest r : requests) {
        expected.add(index.search(r));
      }
    }
    // Each search computed first (the shared weights and analyses), then answered from the kept results.
    for (String kept : List.of("false", "true")) {
      System.setProperty(CatalogueIndex.RESULT_CACHE_PROPERTY, kept);
      try {
        assertManyThreadsAnswer(expected, requests, kept.equals("false") ? cached : Files.createTempDirectory("wegwijs-kept-"));
      } finally {
        System.clearProperty(CatalogueIndex.RESULT_CACHE_PROPERTY);
      }
    }
  }

  private static void assertManyThreadsAnswer(List<SearchResult> expected, List<SearchRequest> requests, Path dir) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try (CatalogueIndex index = open(dir, 256)) {
      List<Future<List<SearchResult>>> rounds = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        rounds.add(threads.submit(() -> {
          List<SearchResult> got = new ArrayList<>();
          for (SearchRequest r : requests) {
            got.add(index.search(r));
          }
          return got;
        }));
      }
      for (Future<List<SearchResult>> round : rounds) {
        assertThat(round.get()).isEqualTo(expected);
      }
    } finally {
      threads.shutdown();
    }
  }
}
