package nl.wegwijs.index.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import nl.wegwijs.index.indexing.Fields;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Summary snippets with the matched words in {@code <mark>}; all other text is HTML-escaped. */
public final class Snippets {
  private static final DefaultPassageFormatter FORMAT =
      new DefaultPassageFormatter("<mark>", "</mark>", " … ", true);

  private static final SummaryPassageScorer SCORER = new SummaryPassageScorer();

  private Snippets() {}

  /**
   * The distinct summary terms of {@code query} as one flat disjunction: the highlighter marks terms,
   * not clauses, and the ranking query repeats each term per weight, dismax and synonym group.
   * Phrase terms count as single terms (phrases are not highlighted strictly); fuzzy and other
   * multi-term clauses are skipped unless already rewritten into their terms.
   */
  public static Query summaryTerms(Query query) {
    Set<Term> terms = new LinkedHashSet<>();
    query.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        return Fields.SUMMARY.equals(field);
      }

      @Override
      public void consumeTerms(Query q, Term... ts) {
        terms.addAll(Arrays.asList(ts));
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
      }
    });
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    terms.forEach(t -> b.add(new TermQuery(t), BooleanClause.Occur.SHOULD));
    return b.build();
  }

  /** One snippet per hit of {@code page}, aligned with its score docs; null where there is no summary. */
  public static String[] of(IndexSearcher searcher, Analyzer indexAnalyzer, Query query, TopDocs page)
      throws IOException {
    return highlight(new SummaryHighlighter(builder(searcher, indexAnalyzer)), query, page);
  }

  /**
   * The same snippets from summaries the caller already holds ({@code summaries[i]} for
   * {@code page.scoreDocs[i]}): the highlighter then reads only the postings' offsets, not the
   * stored fields, whose decompression was a tenth of a search request's CPU in a profile.
   */
  public static String[] of(IndexSearcher searcher, Analyzer indexAnalyzer, Query query, TopDocs page,
      String[] summaries) throws IOException {
    Map<Integer, String> byDoc = new HashMap<>();
    for (int i = 0; i < page.scoreDocs.length; i++) {
      byDoc.put(page.scoreDocs[i].doc, summaries[i]);
    }
    UnifiedHighlighter given = new SummaryHighlighter(builder(searcher, indexAnalyzer)) {
      @Override
      protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
          int cacheCharsThreshold) throws IOException {
        // Called with the one field highlighted here, for the page's documents in doc id order.
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
          values.add(new CharSequence[] {byDoc.getOrDefault(doc, "")});
        }
        return values;
      }
    };
    return highlight(given, query, page);
  }

  /**
   * The summary is indexed with offsets in its postings (DocumentMapper), so the offset source is
   * known: the default lookup merges the field infos of every segment for each new highlighter,
   * which a JFR profile showed as 1.3% of a search at 100k entries.
   */
  private static class SummaryHighlighter extends UnifiedHighlighter {
    SummaryHighlighter(UnifiedHighlighter.Builder builder) {
      super(builder);
    }

    @Override
    protected OffsetSource getOffsetSource(String field) {
      return Fields.SUMMARY.equals(field) ? OffsetSource.POSTINGS : super.getOffsetSource(field);
    }

    @Override
    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
      return source == OffsetSource.POSTINGS && SegmentPostingsOffsets.fits(components)
          ? new SegmentPostingsOffsets(components)
          : super.getOffsetStrategy(source, components);
    }
  }

  private static UnifiedHighlighter.Builder builder(IndexSearcher searcher, Analyzer indexAnalyzer) {
    return UnifiedHighlighter.builder(searcher, indexAnalyzer)
        .withFormatter(FORMAT)
        .withMaxLength(20_000)
        // Phrases are highlighted as their words, and fuzzy automata are skipped: both would
        // cost more than the search itself; spelling corrections are plain terms anyway.
        .withHighlightPhrasesStrictly(false)
        .withHandleMultiTermQuery(false)
        // Lucene's sentence breaks and passage scores, computed more cheaply (same snippets).
        .withBreakIterator(SentenceBoundaries::new)
        .withScorer(SCORER);
  }

  private static String[] highlight(UnifiedHighlighter highlighter, Query query, TopDocs page) throws IOException {
    return highlighter.highlight(Fields.SUMMARY, summaryTerms(query), page, 2);
  }
}
