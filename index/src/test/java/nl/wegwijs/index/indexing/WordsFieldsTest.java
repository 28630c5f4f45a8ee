package nl.wegwijs.index.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.wegwijs.index.Catalogue;
import nl.wegwijs.index.IndexedEntry;
import nl.wegwijs.index.Suggestion;
import nl.wegwijs.index.query.QueryFactory;
import nl.wegwijs.index.relevance.Judged;
import nl.wegwijs.index.suggest.Suggester;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * name_exact, all_plain and suggest are indexed without positions (DocumentMapper's words type).
 * Every reader of them gives what it gave with positions: the same hits with the same scores for
 * literal searches and for the full query (did-you-mean and joins read all_plain's terms), and the
 * same suggestions in the same order, for every judged query text, its typos and its prefixes. A
 * phrase query on one of these fields would fail here (no positions indexed).
 */
class WordsFieldsTest {
  private static final Set<String> WORDS_FIELDS = Set.of(Fields.NAME_EXACT, Fields.ALL_PLAIN, Fields.SUGGEST);
  private static Directory withoutPositions;
  private static Directory withPositions;
  private static DirectoryReader now;
  private static DirectoryReader before;

  @BeforeAll
  static void index() throws IOException {
    withoutPositions = build(false);
    withPositions = build(true);
    now = DirectoryReader.open(withoutPositions);
    before = DirectoryReader.open(withPositions);
  }

  @AfterAll
  static void close() throws IOException {
    now.close();
    before.close();
    withoutPositions.close();
    withPositions.close();
  }

  /** The demo catalogue on one thread, so both indexes have the same doc ids. */
  private static Directory build(boolean positions) throws IOException {
    Directory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(IndexAnalyzers.forWriting()))) {
      for (IndexedEntry e : Catalogue.entries()) {
        Document doc = DocumentMapper.toDocument(e);
        w.addDocument(positions ? withPositions(doc) : doc);
      }
    }
    return dir;
  }

  /** The same document with the words fields as plain TextFields (positions), the layout before. */
  private static Document withPositions(Document doc) {
    Document out = new Document();
    for (IndexableField f : doc) {
      out.add(WORDS_FIELDS.contains(f.name()) ? new TextField(f.name(), f.stringValue(), Store.NO) : f);
    }
    return out;
  }

  private static List<String> texts() {
    Set<String> out = new LinkedHashSet<>();
    for (Judged j : Judged.load("queries-dev.jsonl")) {
      out.add(j.query());
      // A typo in every word of four letters or more: the spelling path reads all_plain.
      out.add(String.join(" ", java.util.Arrays.stream(j.query().split(" "))
          .map(w -> w.length() > 3 ? w.substring(0, 2) + w.charAt(3) + w.charAt(2) + w.substring(4) : w).toList()));
    }
    out.addAll(List.of("logeerhuys", "Palizaeus", "respijt zorg", "samen 1 plan", "de de de", "Linawijs"));
    return List.copyOf(out);
  }

  @Test
  void the_words_fields_carry_no_positions() {
    for (String field : WORDS_FIELDS) {
      assertThat(now.leaves().getFirst().reader().getFieldInfos().fieldInfo(field).getIndexOptions())
          .as(field).isEqualTo(IndexOptions.DOCS_AND_FREQS);
    }
  }

  @Test
  void literal_and_full_queries_find_the_same_hits_with_the_same_scores() throws IOException {
    QueryFactory factory = new QueryFactory();
    IndexSearcher a = new IndexSearcher(now);
    IndexSearcher b = new IndexSearcher(before);
    int compared = 0;
    for (String text : texts()) {
      for (boolean literal : new boolean[] {true, false}) {
        var qa = factory.understand(text, literal, now);
        var qb = factory.understand(text, literal, before);
        assertThat(qa.suggestion()).as(text).isEqualTo(qb.suggestion());
        assertThat(hits(a, qa.query())).as("%s literal=%s", text, literal).isEqualTo(hits(b, qb.query()));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(150);
  }

  @Test
  void suggestions_are_the_same_in_the_same_order() throws IOException {
    IndexSearcher a = new IndexSearcher(now);
    IndexSearcher b = new IndexSearcher(before);
    Set<String> prefixes = new LinkedHashSet<>();
    for (String text : texts()) {
      for (int n = 1; n <= Math.min(text.length(), 12); n++) {
        prefixes.add(text.substring(0, n));
      }
    }
    for (String prefix : prefixes) {
      List<Suggestion> sa = Suggester.suggest(a, List.of(), prefix, 10);
      assertThat(sa).as(prefix).isEqualTo(Suggester.suggest(b, List.of(), prefix, 10));
    }
    assertThat(Suggester.suggest(a, List.of(), "logeer", 10)).isNotEmpty();
  }

  private static List<String> hits(IndexSearcher s, org.apache.lucene.search.Query q) throws IOException {
    List<String> out = new ArrayList<>();
    for (ScoreDoc sd : s.search(q, 20).scoreDocs) {
      out.add(sd.doc + ":" + sd.score);
    }
    return out;
  }
}
