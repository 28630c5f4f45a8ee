package nl.wegwijs.index.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import nl.wegwijs.index.Catalogue;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The flat counting query finds exactly the entries the ranking query finds, with far fewer clauses. */
class MatchSetTest {
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

  private static List<String> texts() {
    List<String> texts = new ArrayList<>();
    Catalogue.lines("queries-dev.jsonl").forEach(n -> texts.add(n.get("query").asString()));
    // Typos (corrections and fuzzy clauses), compounds, joins, phrases and a place in the text.
    texts.addAll(List.of("logeerhuys", "Palizaeus", "kinderthuizorg", "respijt zorg", "samen 1 plan",
        "thuiszorg voor kinderen", "broers en zussen", "logeeropvang bij Tiel", "pgb", "\"*~(", ""));
    return texts;
  }

  @Test
  void the_counting_query_matches_the_same_entries_as_the_ranking_query_for_every_dev_query() throws Exception {
    QueryFactory factory = new QueryFactory();
    int nonEmpty = 0;
    for (String text : texts()) {
      Query ranking = factory.understand(text, false, reader).query();
      Set<Integer> expected = docs(new ConstantScoreQuery(ranking));
      Set<Integer> actual = docs(MatchSet.of(ranking));
      assertThat(actual).as(text).isEqualTo(expected);
      // The search prepares it from the rewritten query (fuzzy clauses expanded into terms).
      assertThat(docs(MatchSet.of(searcher.rewrite(ranking)))).as(text).isEqualTo(expected);
      // The bound that picks one pass or two (TextPasses) never undercounts the matches.
      assertThat(MatchSet.docFreqBound(MatchSet.of(searcher.rewrite(ranking)), reader)).as(text)
          .isGreaterThanOrEqualTo(expected.size());
      // The floor that can say the count limit is passed without counting (TextPasses) never overcounts.
      assertThat(MatchSet.docFreqFloor(MatchSet.of(searcher.rewrite(ranking)), reader)).as(text)
          .isLessThanOrEqualTo(expected.size());
      nonEmpty += expected.isEmpty() ? 0 : 1;
    }
    assertThat(nonEmpty).isGreaterThan(texts().size() - 3);
  }

  @Test
  void the_floor_does_not_count_entries_that_were_replaced_or_removed() throws Exception {
    // docFreq still counts deleted documents until their segment merges: an edited entry must not
    // make a search claim more matches than there are.
    try (var dir = new org.apache.lucene.store.ByteBuffersDirectory();
        var writer = new org.apache.lucene.index.IndexWriter(dir, new org.apache.lucene.index.IndexWriterConfig()
            .setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE))) {
      for (int i = 0; i < 3; i++) {
        var doc = new org.apache.lucene.document.Document();
        doc.add(new org.apache.lucene.document.StringField("id", "e" + i, org.apache.lucene.document.Field.Store.NO));
        doc.add(new org.apache.lucene.document.StringField("summary", "logeerhuis", org.apache.lucene.document.Field.Store.NO));
        writer.addDocument(doc);
      }
      writer.commit();
      writer.deleteDocuments(new org.apache.lucene.index.Term("id", "e0"), new org.apache.lucene.index.Term("id", "e1"));
      try (DirectoryReader live = DirectoryReader.open(writer)) {
        Query counting = new ConstantScoreQuery(new org.apache.lucene.search.BooleanQuery.Builder()
            .add(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term("summary", "logeerhuis")),
                org.apache.lucene.search.BooleanClause.Occur.SHOULD)
            .add(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term("summary", "respijtzorg")),
                org.apache.lucene.search.BooleanClause.Occur.SHOULD)
            .build());
        assertThat(live.docFreq(new org.apache.lucene.index.Term("summary", "logeerhuis"))).isEqualTo(3);
        assertThat(MatchSet.docFreqFloor(counting, live)).isLessThanOrEqualTo(new IndexSearcher(live).count(counting));
      }
    }
  }

  @Test
  void the_counting_query_is_one_flat_disjunction_of_distinct_terms() throws Exception {
    Query ranking = new QueryFactory().understand("logeeropvang voor brussen met autisme", false, reader).query();
    Query flat = ((ConstantScoreQuery) MatchSet.of(ranking)).getQuery();
    // Terms, plus the structures no term implies: multi-word synonyms (respijt zorg) as phrases and
    // compound parts (loger + opvang) as conjunctions; no boosts, no dismax, no nested disjunctions.
    assertThat(((org.apache.lucene.search.BooleanQuery) flat).clauses()).allSatisfy(c -> {
      assertThat(c.query()).isInstanceOfAny(org.apache.lucene.search.TermQuery.class,
          org.apache.lucene.search.PhraseQuery.class, org.apache.lucene.search.BooleanQuery.class);
      if (c.query() instanceof org.apache.lucene.search.BooleanQuery conjunction) {
        assertThat(conjunction.clauses()).allSatisfy(x -> assertThat(x.occur()).isEqualTo(
            org.apache.lucene.search.BooleanClause.Occur.MUST));
      }
    });
    // 127 leaf terms (dismax per word, boosts, phrases, compound conjunctions) became 103 when written.
    assertThat(leaves(flat)).isLessThan(leaves(ranking));
  }

  @Test
  void a_synonym_phrase_holding_a_care_phrase_is_counted_by_the_concept_the_query_asks_for() throws Exception {
    Query ranking = new QueryFactory().understand("logeeropvang", false, reader).query();
    Query flat = ((ConstantScoreQuery) MatchSet.of(ranking)).getQuery();
    // The ranking query scores the synonyms "kortdurend verblijf" and "kort verblijf" as phrases in
    // categories (ConceptPhrases); an entry holding one carries §respijt there (index time), which
    // logeeropvang, a care word of that concept, asks for too. So counting needs no phrase check at all.
    assertThat(phrases(ranking)).contains("\"kortdur verblijf\"", "\"kort verblijf\"");
    assertThat(phrases(flat)).isEmpty();
    assertThat(docs(flat)).isEqualTo(docs(new ConstantScoreQuery(ranking))).isNotEmpty();
  }

  private static List<String> phrases(Query q) {
    List<String> out = new ArrayList<>();
    switch (q) {
      case org.apache.lucene.search.PhraseQuery p -> out.add(p.toString(p.getField()));
      case org.apache.lucene.search.BooleanQuery b -> b.clauses().forEach(c -> out.addAll(phrases(c.query())));
      case org.apache.lucene.search.DisjunctionMaxQuery d -> d.getDisjuncts().forEach(x -> out.addAll(phrases(x)));
      case org.apache.lucene.search.BoostQuery b -> out.addAll(phrases(b.getQuery()));
      case ConstantScoreQuery c -> out.addAll(phrases(c.getQuery()));
      default -> { }
    }
    return out;
  }

  private static Set<Integer> docs(Query q) throws Exception {
    Set<Integer> out = new HashSet<>();
    for (ScoreDoc sd : searcher.search(q, Math.max(1, reader.maxDoc())).scoreDocs) {
      out.add(sd.doc);
    }
    return out;
  }

  private static int leaves(Query q) {
    AtomicInteger n = new AtomicInteger();
    q.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query query, org.apache.lucene.index.Term... terms) {
        n.addAndGet(terms.length);
      }

      @Override
      public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    return n.get();
  }
}
