package nl.wegwijs.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import nl.wegwijs.index.indexing.Fields;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.jspecify.annotations.Nullable;

/**
 * Multiplies the text scores of the top hits by their kind prior (KindPrior) and, when the text
 * names a place, those of that place's entries by {@link #PLACE_FACTOR}, then re-sorts them. As a
 * rescore of a deep top rather than a FunctionScoreQuery it keeps block-max WAND for the text query.
 */
final class KindPriorRescore {
  /**
   * "dagbesteding ... deventer": among entries that match the need about equally well, the ones of
   * Deventer come first. A factor, not an added clause, so an entry of the place that does not
   * match the need is not lifted over one that does. 1.6 was measured on two thirds of the dev
   * queries (1.3 and 2 were lower).
   */
  static final float PLACE_FACTOR = 1.6f;

  private KindPriorRescore() {}


  /** {@code place}: the entries of a place named in the text (Understood.place), or null. */
  static TopDocs apply(IndexSearcher searcher, TopDocs top, int window, long total, @Nullable Query place)
      throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    ScoreDoc[] docs = top.scoreDocs.clone();
    boolean[] ofPlace = ofPlace(searcher, docs, place);
    for (int i = 0; i < docs.length; i++) {
      ScoreDoc sd = docs[i];
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
      NumericDocValues prior = leaf.reader().getNumericDocValues(Fields.PRIOR);
      float factor = prior != null && prior.advanceExact(sd.doc - leaf.docBase) ? Float.intBitsToFloat((int) prior.longValue()) : 1f;
      docs[i] = new ScoreDoc(sd.doc, sd.score * factor * (ofPlace[i] ? PLACE_FACTOR : 1f), sd.shardIndex);
    }
    Arrays.sort(docs, Comparator.comparingDouble((ScoreDoc d) -> -d.score).thenComparingInt(d -> d.doc));
    return new TopDocs(new TotalHits(total, TotalHits.Relation.EQUAL_TO), Arrays.copyOf(docs, Math.min(window, docs.length)));
  }

  /** Which of {@code docs} match {@code place}: one non-scoring pass per segment, in doc id order. */
  private static boolean[] ofPlace(IndexSearcher searcher, ScoreDoc[] docs, @Nullable Query place) throws IOException {
    boolean[] out = new boolean[docs.length];
    if (place == null || docs.length == 0) {
      return out;
    }
    Integer[] order = new Integer[docs.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingInt(i -> docs[i].doc));
    Weight weight = searcher.createWeight(searcher.rewrite(place), ScoreMode.COMPLETE_NO_SCORES, 1f);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = null;
    DocIdSetIterator it = null;
    for (int i : order) {
      int doc = docs[i].doc;
      if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        Scorer scorer = weight.scorer(leaf);
        it = scorer == null ? null : scorer.iterator();
      }
      int target = doc - leaf.docBase;
      if (it != null && it.docID() <= target) {
        out[i] = (it.docID() == target || it.advance(target) == target);
      }
    }
    return out;
  }
}
