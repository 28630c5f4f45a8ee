package nl.wegwijs.index.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import nl.wegwijs.index.Catalogue;
import nl.wegwijs.index.indexing.IndexAnalyzers;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import nl.wegwijs.index.indexing.Fields;

/** Snippets from the distinct summary terms mark the same words as snippets from the whole ranking query. */
class SnippetsTest {
  private static DirectoryReader reader;
  private static IndexSearcher searcher;
  private static final Analyzer ANALYZER = IndexAnalyzers.forWriting();

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
  void the_marked_words_are_those_of_the_whole_query_for_every_dev_query() throws Exception {
    QueryFactory factory = new QueryFactory();
    int marked = 0;
    for (var n : Catalogue.lines("queries-dev.jsonl")) {
      String text = n.get("query").asString();
      Query ranking = searcher.rewrite(factory.understand(text, false, reader).query());
      TopDocs top = searcher.search(ranking, 10);
      String[] fast = Snippets.of(searcher, ANALYZER, ranking, top);
      String[] whole = wholeQuery(ranking, top);
      assertThat(Arrays.stream(fast).map(SnippetsTest::markedWords).toList()).as(text)
          .isEqualTo(Arrays.stream(whole).map(SnippetsTest::markedWords).toList());
      marked += (int) Arrays.stream(fast).filter(s -> s != null && s.contains("<mark>")).count();
    }
    assertThat(marked).isGreaterThan(100);
  }

  @Test
  void snippets_from_summaries_already_loaded_equal_those_from_the_stored_fields_for_every_dev_query()
      throws Exception {
    QueryFactory factory = new QueryFactory();
    var stored = searcher.storedFields();
    for (var n : Catalogue.lines("queries-dev.jsonl")) {
      String text = n.get("query").asString();
      Query ranking = searcher.rewrite(factory.understand(text, false, reader).query());
      TopDocs top = searcher.search(ranking, 10);
      String[] summaries = new String[top.scoreDocs.length];
      for (int i = 0; i < summaries.length; i++) {
        summaries[i] = stored.document(top.scoreDocs[i].doc).get(Fields.SUMMARY);
      }
      assertThat(Snippets.of(searcher, ANALYZER, ranking, top, summaries)).as(text)
          .containsExactly(Snippets.of(searcher, ANALYZER, ranking, top));
    }
  }

  @Test
  void snippets_equal_lucenes_own_postings_highlighter_over_many_segments_and_later_pages() throws Exception {
    // Seven segments, so a page's hits lie in several of them and each segment's postings are
    // opened once for its hits; pages 1 and 2 of 10, and a page of 40.
    try (var dir = new org.apache.lucene.store.ByteBuffersDirectory()) {
      var config = new org.apache.lucene.index.IndexWriterConfig(ANALYZER)
          .setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE);
      try (var writer = new org.apache.lucene.index.IndexWriter(dir, config)) {
        int n = 0;
        for (var entry : Catalogue.entries()) {
          writer.addDocument(nl.wegwijs.index.indexing.DocumentMapper.toDocument(entry));
          if (++n % 80 == 0) {
            writer.commit();
          }
        }
      }
      try (DirectoryReader segments = DirectoryReader.open(dir)) {
        assertThat(segments.leaves()).hasSizeGreaterThan(5);
        IndexSearcher many = new IndexSearcher(segments);
        QueryFactory factory = new QueryFactory();
        var stored = many.storedFields();
        int compared = 0;
        for (var n : Catalogue.lines("queries-dev.jsonl")) {
          String text = n.get("query").asString();
          Query ranking = many.rewrite(factory.understand(text, false, segments).query());
          TopDocs top = many.search(ranking, 40);
          for (TopDocs page : List.of(page(top, 0, 10), page(top, 10, 10), top)) {
            String[] summaries = new String[page.scoreDocs.length];
            for (int i = 0; i < summaries.length; i++) {
              summaries[i] = stored.document(page.scoreDocs[i].doc).get(Fields.SUMMARY);
            }
            String[] lucene = stock(many).highlight(Fields.SUMMARY, Snippets.summaryTerms(ranking), page, 2);
            assertThat(Snippets.of(many, ANALYZER, ranking, page, summaries)).as(text).containsExactly(lucene);
            assertThat(Snippets.of(many, ANALYZER, ranking, page)).as(text).containsExactly(lucene);
            compared += page.scoreDocs.length;
          }
        }
        assertThat(compared).isGreaterThan(1000);
      }
    }
  }

  /** Lucene's highlighter with Snippets' settings and nothing overridden: postings offsets per document. */
  static UnifiedHighlighter stock(IndexSearcher searcher) {
    return UnifiedHighlighter.builder(searcher, ANALYZER)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
        .withMaxLength(20_000).withHighlightPhrasesStrictly(false).withHandleMultiTermQuery(false)
        .build();
  }

  private static TopDocs page(TopDocs top, int from, int size) {
    int to = Math.min(top.scoreDocs.length, from + size);
    return new TopDocs(top.totalHits, Arrays.copyOfRange(top.scoreDocs, Math.min(from, to), to));
  }

  /** The previous way: the highlighter given the whole ranking query. */
  private static String[] wholeQuery(Query q, TopDocs top) throws Exception {
    return UnifiedHighlighter.builder(searcher, ANALYZER)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
        .withMaxLength(20_000).withHighlightPhrasesStrictly(false).withHandleMultiTermQuery(false)
        .build().highlight(Fields.SUMMARY, q, top, 2);
  }

  /** The marked text, with a phrase marked as one span counted as its words. */
  private static String markedWords(String snippet) {
    if (snippet == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    var m = java.util.regex.Pattern.compile("<mark>(.*?)</mark>").matcher(snippet);
    while (m.find()) {
      out.append(m.group(1)).append(' ');
    }
    return out.toString().replaceAll("\\s+", " ").strip() + " | " + snippet.replaceAll("</?mark>", "");
  }
}
