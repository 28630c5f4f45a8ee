package nl.wegwijs.index.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.wegwijs.index.Catalogue;
import nl.wegwijs.index.indexing.Fields;
import nl.wegwijs.index.indexing.IndexAnalyzers;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Tuning aid (-Dwegwijs.snippetsProbe=SECONDS, with -DenableAssertions=false): thread CPU per
 * highlight call on the demo catalogue, the top 10 of every dev query, Snippets against Lucene's stock
 * highlighter with the same settings (postings per document and term, its passage scorer, the JDK's
 * sentence iterator), alternating rounds in one JVM.
 */
class SnippetsProbe {
  private static final Analyzer ANALYZER = IndexAnalyzers.forWriting();

  record Page(Query query, TopDocs top, String[] summaries) {}

  @Test
  @EnabledIfSystemProperty(named = "wegwijs.snippetsProbe", matches = "\\d+")
  void probe() throws Exception {
    try (DirectoryReader reader = Catalogue.openSharedReader()) {
      IndexSearcher searcher = new IndexSearcher(reader);
      QueryFactory factory = new QueryFactory();
      List<Page> pages = new ArrayList<>();
      for (var n : Catalogue.lines("queries-dev.jsonl")) {
        Query ranking = searcher.rewrite(factory.understand(n.get("query").asString(), false, reader).query());
        TopDocs top = searcher.search(ranking, 10);
        String[] summaries = new String[top.scoreDocs.length];
        for (int i = 0; i < summaries.length; i++) {
          summaries[i] = searcher.storedFields().document(top.scoreDocs[i].doc).get(Fields.SUMMARY);
        }
        pages.add(new Page(ranking, top, summaries));
      }
      var cpu = ManagementFactory.getThreadMXBean();
      long seconds = Long.getLong("wegwijs.snippetsProbe");
      long[] nanos = new long[2];
      long[] calls = new long[2];
      long warm = System.nanoTime() + seconds * 500_000_000L;
      long end = warm + seconds * 1_000_000_000L;
      for (int round = 0; System.nanoTime() < end; round++) {
        boolean measured = System.nanoTime() > warm;
        int side = round % 2;
        long c0 = cpu.getCurrentThreadCpuTime();
        for (Page p : pages) {
          String[] out = side == 0 ? Snippets.of(searcher, ANALYZER, p.query(), p.top(), p.summaries()) : previous(searcher, p);
          assertThat(out).hasSameSizeAs(p.summaries());
        }
        if (measured) {
          nanos[side] += cpu.getCurrentThreadCpuTime() - c0;
          calls[side] += pages.size();
        }
      }
      System.out.printf(Locale.ROOT, "SNIPPETS per highlight call (10 hits): Snippets %.1f us cpu, previous %.1f us cpu, ratio %.2f, load %.1f%n",
          nanos[0] / 1e3 / calls[0], nanos[1] / 1e3 / calls[1], (double) nanos[0] / calls[0] / ((double) nanos[1] / calls[1]),
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  /** Snippets.of with given summaries as it was first written: Lucene's stock strategy, scorer and sentence breaks. */
  private static String[] previous(IndexSearcher searcher, Page p) throws java.io.IOException {
    Map<Integer, String> byDoc = new HashMap<>();
    for (int i = 0; i < p.top().scoreDocs.length; i++) {
      byDoc.put(p.top().scoreDocs[i].doc, p.summaries()[i]);
    }
    UnifiedHighlighter h = new UnifiedHighlighter(UnifiedHighlighter.builder(searcher, ANALYZER)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
        .withMaxLength(20_000).withHighlightPhrasesStrictly(false).withHandleMultiTermQuery(false)) {
      @Override
      protected OffsetSource getOffsetSource(String field) {
        return OffsetSource.POSTINGS;
      }

      @Override
      protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int threshold)
          throws java.io.IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
          values.add(new CharSequence[] {byDoc.getOrDefault(doc, "")});
        }
        return values;
      }
    };
    return h.highlight(Fields.SUMMARY, Snippets.summaryTerms(p.query()), p.top(), 2);
  }
}
