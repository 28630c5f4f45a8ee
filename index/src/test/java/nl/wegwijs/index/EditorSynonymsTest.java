package nl.wegwijs.index;

import static nl.wegwijs.index.TestEntries.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.wegwijs.index.analysis.SynonymGroup;
import nl.wegwijs.index.analysis.SynonymRefusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editors' synonym groups take effect at once, at query time, on top of synonyms.txt; bad groups are refused. */
class EditorSynonymsTest {
  @TempDir Path dir;

  private static final SynonymGroup SNUFFEL = new SynonymGroup("snuffelopvang", List.of("logeerhuis"));

  private CatalogueIndex index() throws Exception {
    CatalogueIndex index = CatalogueIndex.open(dir.resolve("idx"));
    index.upsert(entry("a", "Logeerhuis De Vlinder", "Logeren voor kinderen met een beperking."));
    index.upsert(entry("b", "Thuiszorg Aan Huis", "Verpleging thuis voor kinderen."));
    index.refreshNow();
    return index;
  }

  @Test
  void a_search_that_found_nothing_finds_the_entry_after_a_group_is_added_and_not_after_it_is_removed() throws Exception {
    try (CatalogueIndex index = index()) {
      // Searched first, so its analysis sits in the query cache: a swap must not answer from it.
      assertThat(index.search(SearchRequest.of("snuffelopvang")).total()).isZero();

      assertThat(index.useEditorSynonyms(List.of(SNUFFEL))).isEmpty();
      SearchResult found = index.search(SearchRequest.of("snuffelopvang"));
      assertThat(found.hits()).extracting(SearchHit::name).containsExactly("Logeerhuis De Vlinder");
      assertThat(found.expansions()).as("how the query was understood").contains("logeerhuis");
      assertThat(index.search(SearchRequest.of("Snuffelopvang in de buurt")).total()).as("other wording, same word").isEqualTo(1);
      assertThat(index.search(SearchRequest.of("logeerhuis")).expansions())
          .as("one way: the words do not reach the odd query").doesNotContain("snuffelopvang");
      assertThat(index.editorSynonyms()).containsExactly(SNUFFEL);

      index.useEditorSynonyms(List.of());
      assertThat(index.search(SearchRequest.of("snuffelopvang")).total()).isZero();
      assertThat(index.search(SearchRequest.of("snuffelopvang")).expansions()).doesNotContain("logeerhuis");
    }
  }

  @Test
  void reviewed_synonyms_keep_working_beside_editor_groups() throws Exception {
    try (CatalogueIndex index = index()) {
      List<String> before = index.search(SearchRequest.of("respijtzorg")).expansions();
      index.useEditorSynonyms(List.of(SNUFFEL));
      assertThat(before).contains("logeeropvang");
      assertThat(index.search(SearchRequest.of("respijtzorg")).expansions()).containsAll(before);
      assertThat(index.search(SearchRequest.of("respijtzorg")).total()).isEqualTo(1);
    }
  }

  @Test
  void bad_groups_are_refused_with_their_reason_and_the_good_ones_still_apply() throws Exception {
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      many.add("woord" + i);
    }
    assertThat(new SynonymGroup("", List.of("logeerhuis")).refusal()).isEqualTo(SynonymRefusal.EMPTY);
    assertThat(new SynonymGroup("snuffelopvang", List.of()).refusal()).isEqualTo(SynonymRefusal.EMPTY);
    assertThat(new SynonymGroup("snuffelopvang", List.of("  ", "")).refusal()).isEqualTo(SynonymRefusal.EMPTY);
    assertThat(new SynonymGroup("logeren", List.of("Logeren", "LOGÉREN")).refusal()).as("case and accents").isEqualTo(SynonymRefusal.ONE_WORD);
    assertThat(new SynonymGroup("snuffelopvang", many).refusal()).isEqualTo(SynonymRefusal.TOO_MANY);
    assertThat(new SynonymGroup("snuffelopvang", List.of(String.join(" ", many.subList(0, 7)))).refusal())
        .isEqualTo(SynonymRefusal.TOO_LONG);
    for (String operator : List.of("a => b", "logeer#huis", "logeerhuis, thuiszorg", "\"logeerhuis\"", "logeer\\huis", "logeer*", "a\nb")) {
      assertThat(new SynonymGroup("snuffelopvang", List.of(operator)).refusal()).as(operator).isEqualTo(SynonymRefusal.OPERATORS);
    }
    assertThat(new SynonymGroup("snuffelopvang", List.of("de en het")).refusal()).isEqualTo(SynonymRefusal.ONLY_SMALL_WORDS);
    assertThat(new SynonymGroup("zorg voor 't kind", List.of("kinderthuiszorg", "Cliënt-ondersteuning")).refusal()).isNull();

    try (CatalogueIndex index = index()) {
      SynonymGroup bad = new SynonymGroup("snuffelopvang", List.of("logeer => thuiszorg"));
      SynonymGroup huge = new SynonymGroup("kwispelzorg", many);
      SynonymGroup good = new SynonymGroup("blubberzorg", List.of("thuiszorg"));
      assertThat(index.useEditorSynonyms(List.of(bad, huge, good)))
          .containsEntry(bad, SynonymRefusal.OPERATORS).containsEntry(huge, SynonymRefusal.TOO_MANY).hasSize(2);
      assertThat(index.editorSynonyms()).containsExactly(good);
      assertThat(index.search(SearchRequest.of("blubberzorg")).hits()).extracting(SearchHit::name).containsExactly("Thuiszorg Aan Huis");
      assertThat(index.search(SearchRequest.of("snuffelopvang")).total()).isZero();
      assertThat(index.search(SearchRequest.of("logeerhuis")).total()).as("the analyzer still works").isEqualTo(1);
    }
  }

  @Test
  void searches_during_many_swaps_never_fail_and_see_either_the_old_or_the_new_synonyms() throws Exception {
    try (CatalogueIndex index = index()) {
      ExecutorService pool = Executors.newFixedThreadPool(3);
      AtomicBoolean stop = new AtomicBoolean();
      List<Future<Integer>> searchers = new ArrayList<>();
      for (int t = 0; t < 3; t++) {
        searchers.add(pool.submit(() -> {
          int n = 0;
          while (!stop.get()) {
            long total = index.search(SearchRequest.of(n % 2 == 0 ? "snuffelopvang" : "snuffelopvang logeren")).total();
            if (total > 1) {
              throw new AssertionError("only one entry can match, got " + total);
            }
            n++;
          }
          return n;
        }));
      }
      for (int i = 0; i < 60; i++) {
        index.useEditorSynonyms(i % 2 == 0 ? List.of(SNUFFEL) : List.of());
      }
      index.useEditorSynonyms(List.of(SNUFFEL, new SynonymGroup("blubberzorg", List.of("thuiszorg"))));
      stop.set(true);
      int searches = 0;
      for (Future<Integer> f : searchers) {
        searches += f.get(30, TimeUnit.SECONDS);
      }
      pool.shutdown();
      assertThat(searches).isPositive();
      assertThat(index.search(SearchRequest.of("snuffelopvang")).total()).isEqualTo(1);
      assertThat(index.search(SearchRequest.of("blubberzorg")).total()).isEqualTo(1);
    }
  }
}
