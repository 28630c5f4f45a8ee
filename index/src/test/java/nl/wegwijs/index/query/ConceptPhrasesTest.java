package nl.wegwijs.index.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.wegwijs.index.Catalogue;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Synonym phrases that only restate a concept the query asks for are not scored outside categories, and nothing else changes. */
class ConceptPhrasesTest {
  private static DirectoryReader reader;
  private static IndexSearcher searcher;

  @BeforeAll
  static void openTheDemoCatalogue() {
    reader = Catalogue.openSharedReader();
    searcher = new IndexSearcher(reader);
  }

  @AfterAll
  static void close() throws Exception {
    reader.close();
  }

  @Test
  void logeeropvang_scores_its_respite_phrases_only_in_categories() throws Exception {
    List<String> phrases = phrases(new QueryFactory().understand("logeeropvang", false, reader).query());
    assertThat(phrases).contains("categories:\"kort verblijf\"", "categories:\"kortdur verblijf\"");
    assertThat(phrases).noneMatch(p -> p.startsWith("summary:") || p.startsWith("body:") || p.startsWith("name:"));
    assertThat(keepingEveryPhrase("logeeropvang")).contains("summary:\"kort verblijf\"", "body:\"kort verblijf\"");
  }

  @Test
  void a_phrase_the_parent_typed_is_still_scored_in_every_field() throws Exception {
    assertThat(phrases(new QueryFactory().understand("kortdurend verblijf", false, reader).query()))
        .contains("summary:\"kortdur verblijf\"", "name:\"kortdur verblijf\"");
  }

  @Test
  void every_dev_query_matches_the_same_entries_as_with_every_phrase() throws Exception {
    List<String> texts = new ArrayList<>();
    Catalogue.lines("queries-dev.jsonl").forEach(n -> texts.add(n.get("query").asString()));
    texts.addAll(List.of("logeeropvang", "pgb", "brussen", "kinderthuiszorg", "vechtscheiding", "logeerhuys"));
    int fewer = 0;
    for (String text : texts) {
      Query leaner = new QueryFactory().understand(text, false, reader).query();
      Query full = withEveryPhrase(text);
      assertThat(docs(leaner)).as(text).isEqualTo(docs(full));
      fewer += phrases(leaner).size() < phrases(full).size() ? 1 : 0;
    }
    assertThat(fewer).isGreaterThan(10);
  }

  private static List<String> keepingEveryPhrase(String text) throws Exception {
    return phrases(withEveryPhrase(text));
  }

  private static Query withEveryPhrase(String text) throws Exception {
    System.setProperty(ConceptPhrases.PROPERTY, "keep");
    try {
      return new QueryFactory().understand(text, false, reader).query();
    } finally {
      System.clearProperty(ConceptPhrases.PROPERTY);
    }
  }

  private static List<String> phrases(Query q) {
    List<String> out = new ArrayList<>();
    switch (q) {
      case PhraseQuery p -> out.add(p.toString());
      case BooleanQuery b -> b.clauses().forEach(c -> out.addAll(phrases(c.query())));
      case DisjunctionMaxQuery d -> d.getDisjuncts().forEach(x -> out.addAll(phrases(x)));
      case BoostQuery b -> out.addAll(phrases(b.getQuery()));
      default -> { }
    }
    return out;
  }

  private static Set<Integer> docs(Query q) throws Exception {
    Set<Integer> out = new HashSet<>();
    for (ScoreDoc sd : searcher.search(new ConstantScoreQuery(q), Math.max(1, reader.maxDoc())).scoreDocs) {
      out.add(sd.doc);
    }
    return out;
  }
}
