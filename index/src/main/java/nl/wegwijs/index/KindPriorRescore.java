package nl.wegwijs.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import nl.wegwijs.index.indexing.Fields;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

/**
 * Multiplies the text scores of the top hits by their kind prior (KindPrior) and re-sorts them. As a
 * rescore of a deep top rather than a FunctionScoreQuery it keeps block-max WAND for the text query.
 */
final class KindPriorRescore {
  private KindPriorRescore() {}

  static TopDocs apply(IndexSearcher searcher, TopDocs top, int window, long total) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    ScoreDoc[] docs = top.scoreDocs.clone();
    for (int i = 0; i < docs.length; i++) {
      ScoreDoc sd = docs[i];
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
      NumericDocValues prior = leaf.reader().getNumericDocValues(Fields.PRIOR);
      float factor = prior != null && prior.advanceExact(sd.doc - leaf.docBase) ? Float.intBitsToFloat((int) prior.longValue()) : 1f;
      docs[i] = new ScoreDoc(sd.doc, sd.score * factor, sd.shardIndex);
    }
    Arrays.sort(docs, Comparator.comparingDouble((ScoreDoc d) -> -d.score).thenComparingInt(d -> d.doc));
    return new TopDocs(new TotalHits(total, TotalHits.Relation.EQUAL_TO), Arrays.copyOf(docs, Math.min(window, docs.length)));
  }
}
