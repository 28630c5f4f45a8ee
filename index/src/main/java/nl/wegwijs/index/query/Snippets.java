package nl.wegwijs.index.query;

import java.io.IOException;
import nl.wegwijs.index.indexing.Fields;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Summary snippets with the matched words in {@code <mark>}; all other text is HTML-escaped. */
public final class Snippets {
  private static final DefaultPassageFormatter FORMAT =
      new DefaultPassageFormatter("<mark>", "</mark>", " … ", true);

  private Snippets() {}

  /** One snippet per hit of {@code page}, aligned with its score docs; null where there is no summary. */
  public static String[] of(IndexSearcher searcher, Analyzer indexAnalyzer, Query query, TopDocs page)
      throws IOException {
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, indexAnalyzer)
            .withFormatter(FORMAT)
            .withMaxLength(20_000)
            // Phrases are highlighted as their words, and fuzzy automata are skipped: both would
            // cost more than the search itself; spelling corrections are plain terms anyway.
            .withHighlightPhrasesStrictly(false)
            .withHandleMultiTermQuery(false)
            .build();
    return highlighter.highlight(Fields.SUMMARY, query, page, 2);
  }
}
