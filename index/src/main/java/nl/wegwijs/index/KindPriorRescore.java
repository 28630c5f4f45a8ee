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
 * Multiplies the text scores of the top hits by their kind prior (KindPrior), by the share of the
 * text's needs they meet ({@link #COORDINATION}) and, when the text names a place, those of that
 * place's entries by {@link #PLACE_FACTOR}, then re-sorts them. As a rescore of a deep top rather
 * than a FunctionScoreQuery it keeps block-max WAND for the text query.
 */
final class KindPriorRescore {
  /**
   * "dagbesteding ... deventer": among entries that match the need about equally well, the ones of
   * Deventer come first. A factor, not an added clause, so an entry of the place that does not
   * match the need is not lifted over one that does. 1.6 was measured on two thirds of the dev
   * queries (1.3 and 2 were lower).
   */
  static final float PLACE_FACTOR = 1.6f;

  /**
   * Coordination: a hit's score is multiplied by (needs it meets / needs of the text) to this
   * power, so "lotgenoten ... niet naar school" puts parents' meetings about school refusal above
   * peer contact in general, however strongly that one says lotgenoten. Lucene dropped BM25's coord
   * factor; a word that matches strongly in the name can otherwise outweigh a missing need. 0.5 was
   * measured on two thirds of the dev queries (0.25: 0.826, 0.35: 0.826, 0.5: 0.826, 0.75 and 1: 0.823).
   */
  static final double COORDINATION = 0.5;

  /**
   * A parent speaking in the first person gets material written only for professionals below the
   * help they can use (SpeakingParent): its top hits are multiplied by this. On two thirds of the
   * dev queries 0.7 and 0.5 gave the same (tuning 0.846 -> 0.847); the milder one is kept.
   */
  static final float PROFESSIONAL_ONLY_FACTOR = 0.7f;

  private KindPriorRescore() {}

  /**
   * {@code place}: the entries of a place named in the text (Understood.place), or null; {@code
   * needs}: one query per need of the text (Understood.needs), each checked on the top docs only.
   */
  static TopDocs apply(IndexSearcher searcher, TopDocs top, int window, long total, @Nullable Query place, List<Query> needs,
      @Nullable Query professionalOnly) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    ScoreDoc[] docs = top.scoreDocs.clone();
    boolean[] ofPlace = ofPlace(searcher, docs, place);
    boolean[] forProfessionals = ofPlace(searcher, docs, professionalOnly);
    int[] met = met(searcher, docs, needs);
    for (int i = 0; i < docs.length && needs.size() > 1; i++) {
      float share = (float) Math.pow((double) met[i] / needs.size(), COORDINATION);
      docs[i] = new ScoreDoc(docs[i].doc, docs[i].score * share, docs[i].shardIndex);
    }
    for (int i = 0; i < docs.length; i++) {
      ScoreDoc sd = docs[i];
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
      NumericDocValues prior = leaf.reader().getNumericDocValues(Fields.PRIOR);
      float factor = prior != null && prior.advanceExact(sd.doc - leaf.docBase) ? Float.intBitsToFloat((int) prior.longValue()) : 1f;
      docs[i] = new ScoreDoc(sd.doc, sd.score * factor * (ofPlace[i] ? PLACE_FACTOR : 1f)
          * (forProfessionals[i] ? PROFESSIONAL_ONLY_FACTOR : 1f), sd.shardIndex);
    }
    Arrays.sort(docs, Comparator.comparingDouble((ScoreDoc d) -> -d.score).thenComparingInt(d -> d.doc));
    return new TopDocs(new TotalHits(total, TotalHits.Relation.EQUAL_TO), Arrays.copyOf(docs, Math.min(window, docs.length)));
  }

  /** How many of {@code needs} each of {@code docs} meets (nothing counted for fewer than two needs). */
  private static int[] met(IndexSearcher searcher, ScoreDoc[] docs, List<Query> needs) throws IOException {
    int[] met = new int[docs.length];
    if (needs.size() < 2) {
      return met;
    }
    int[] order = docIdOrder(docs);
    for (Query need : needs) {
      boolean[] matches = matching(searcher, docs, order, need);
      for (int i = 0; i < docs.length; i++) {
        met[i] += matches[i] ? 1 : 0;
      }
    }
    return met;
  }

  private static boolean[] ofPlace(IndexSearcher searcher, ScoreDoc[] docs, @Nullable Query place) throws IOException {
    return place == null ? new boolean[docs.length] : matching(searcher, docs, docIdOrder(docs), place);
  }

  /** The positions of {@code docs} in doc id order (sorted once for all needs; boxing and a comparator per need showed in the profile). */
  private static int[] docIdOrder(ScoreDoc[] docs) {
    long[] keyed = new long[docs.length];
    for (int i = 0; i < docs.length; i++) {
      keyed[i] = ((long) docs[i].doc << 32) | i;
    }
    Arrays.sort(keyed);
    int[] order = new int[docs.length];
    for (int i = 0; i < docs.length; i++) {
      order[i] = (int) keyed[i];
    }
    return order;
  }

  /**
   * Which of {@code docs} match {@code query}: one pass per segment, in doc id order. A prepared
   * need (Rewritten) is asked for its scoring weight, which its view keeps instead of seeking its
   * terms again on every search; its scores are not read.
   */
  private static boolean[] matching(IndexSearcher searcher, ScoreDoc[] docs, int[] order, Query query) throws IOException {
    boolean[] out = new boolean[docs.length];
    if (docs.length == 0) {
      return out;
    }
    Weight weight = query instanceof Rewritten
        ? searcher.createWeight(query, ScoreMode.COMPLETE, 1f)
        : searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
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
