package nl.wegwijs.index.facet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijs.index.FacetCount;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.DrillSideways.DrillSidewaysResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues.MultiSortedSetDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.ConjunctionUtils;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.LongValues;
import org.jspecify.annotations.Nullable;

/**
 * Facet counts over a match set, for one index view (built once per refresh, never on the query
 * path). All dimensions share one doc-values field, so one loop over a match set counts them all;
 * a sideways match set (DrillSideways) only needs its own dimension, whose ordinals are one range,
 * and a document's ordinals come sorted, so its loop stops at the end of that range. Labels and the
 * segment-to-global ordinal maps are resolved here once: per search, SortedSetDocValuesFacetCounts
 * looked up and decoded the label of every value it returned (up to 30 per dimension) and mapped
 * ordinals through packed LongValues. Same counts and order as SortedSetDocValuesFacetCounts
 * (count descending, ties in label order): FacetCounterTest.
 */
public final class FacetCounter {
  private final SortedSetDocValuesReaderState state;
  /** The dimensions that have values in this view, with their global ordinal ranges, in {@link FacetDims#ALL} order. */
  private final Map<String, OrdRange> ranges = new LinkedHashMap<>();
  /** The value label of each global ordinal. */
  private final String[] labels;
  /** Per segment (leaf ord), segment ordinal to global ordinal; null for a single segment (identity). */
  private final int @Nullable [][] toGlobal;

  private FacetCounter(SortedSetDocValuesReaderState state) throws IOException {
    this.state = state;
    for (String dim : FacetDims.ALL) {
      OrdRange range = state.getOrdRange(dim);
      if (range != null) {
        ranges.put(dim, range);
      }
    }
    SortedSetDocValues dv = state.getDocValues();
    labels = new String[state.getSize()];
    for (int ord = 0; ord < labels.length; ord++) {
      String[] path = FacetsConfig.stringToPath(dv.lookupOrd(ord).utf8ToString());
      labels[ord] = path[path.length - 1];
    }
    if (dv instanceof MultiSortedSetDocValues multi) {
      toGlobal = new int[multi.values.length][];
      for (int seg = 0; seg < toGlobal.length; seg++) {
        LongValues map = multi.mapping.getGlobalOrds(seg);
        int[] segMap = new int[(int) multi.values[seg].getValueCount()];
        Arrays.setAll(segMap, ord -> (int) map.get(ord));
        toGlobal[seg] = segMap;
      }
    } else {
      toGlobal = null;
    }
  }

  /** The counter for a view; null on an empty index or one without facet values yet. */
  public static @Nullable FacetCounter of(IndexReader reader) throws IOException {
    try {
      return reader.maxDoc() == 0 ? null : new FacetCounter(new DefaultSortedSetDocValuesReaderState(reader, FacetDims.config()));
    } catch (IllegalArgumentException noFacetFieldYet) {
      return null;
    }
  }

  /** The doc-values state (DrillSideways needs it). */
  public SortedSetDocValuesReaderState state() {
    return state;
  }

  /**
   * A DrillSideways that leaves the counting to {@link #sideways(DrillSidewaysResult, int)}: its own
   * would count every dimension of every sideways match set, each in a full loop.
   */
  public DrillSideways drillSideways(IndexSearcher searcher) {
    return new DrillSideways(searcher, FacetDims.config(), state) {
      @Override
      protected @Nullable Facets buildFacetsResult(FacetsCollector drillDowns, FacetsCollector[] drillSideways,
          String[] drillSidewaysDims) {
        return null;
      }
    };
  }

  /** The counts of a search by {@link #drillSideways(IndexSearcher)}. */
  public Map<String, List<FacetCount>> sideways(DrillSidewaysResult result, int topN) throws IOException {
    return sideways(result, topN, 1);
  }

  /** The same over a sample of the matches at {@code rate}: counts are divided by it. */
  public Map<String, List<FacetCount>> sideways(DrillSidewaysResult result, int topN, double rate) throws IOException {
    return sideways(result.drillDownFacetsCollector, result.drillSidewaysFacetsCollector, result.drillSidewaysDims, topN, rate);
  }

  /** Top values of every dimension that has any, in {@link FacetDims#ALL} order. */
  public Map<String, List<FacetCount>> count(FacetsCollector hits, int topN) throws IOException {
    return count(hits, topN, 1);
  }

  /**
   * The same over a sample of the matches taken at {@code rate}: each count divided by the rate
   * (rounded), an unbiased estimate of the whole match set's; the order is the sample's.
   */
  public Map<String, List<FacetCount>> count(FacetsCollector hits, int topN, double rate) throws IOException {
    return sideways(hits, new FacetsCollector[0], new String[0], topN, rate);
  }

  /**
   * Estimated counts of a fully collected match set from a random sample of it at {@code rate}
   * (SampleQuery's sample, so the same matches give the same estimates): the pass that collected
   * them is paid already, but reading every match's doc values is not.
   */
  public Map<String, List<FacetCount>> countSample(FacetsCollector hits, int topN, double rate, long seed) throws IOException {
    int[] counts = new int[labels.length];
    countInto(counts, hits.getMatchingDocs(), 0, labels.length - 1, rate, seed);
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    for (Map.Entry<String, OrdRange> dim : ranges.entrySet()) {
      out.put(dim.getKey(), top(counts, dim.getValue(), topN, rate));
    }
    return out;
  }

  /**
   * Drill-sideways counts: each of {@code dims} from its own sideways match set (so its own filter
   * does not hide its other values), every other dimension from the drill-down match set.
   */
  Map<String, List<FacetCount>> sideways(FacetsCollector drillDown, FacetsCollector[] sideways, String[] dims,
      int topN, double rate) throws IOException {
    int[] counts = new int[labels.length];
    countInto(counts, drillDown.getMatchingDocs(), 0, labels.length - 1);
    for (int i = 0; i < dims.length; i++) {
      OrdRange range = ranges.get(dims[i]);
      if (range != null) {
        // The drill-down set counted this dimension too; its sideways set replaces those counts.
        Arrays.fill(counts, range.start(), range.end() + 1, 0);
        countInto(counts, sideways[i].getMatchingDocs(), range.start(), range.end());
      }
    }
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    for (Map.Entry<String, OrdRange> dim : ranges.entrySet()) {
      out.put(dim.getKey(), top(counts, dim.getValue(), topN, rate));
    }
    return out;
  }

  /** Adds the ordinals in [from, to] (global) of every matching document to {@code counts}. */
  private void countInto(int[] counts, List<MatchingDocs> matching, int from, int to) throws IOException {
    countInto(counts, matching, from, to, 1, 0);
  }

  private void countInto(int[] counts, List<MatchingDocs> matching, int from, int to, double rate, long seed)
      throws IOException {
    for (MatchingDocs hits : matching) {
      if (hits.totalHits() == 0 || hits.bits() == null) {
        continue;
      }
      LeafReaderContext leaf = hits.context();
      SortedSetDocValues dv = DocValues.getSortedSet(leaf.reader(), state.getField());
      int[] map = toGlobal == null ? null : toGlobal[leaf.ord];
      DocIdSetIterator docs = hits.bits().iterator();
      if (docs == null) {
        continue;
      }
      if (rate < 1) {
        docs = ConjunctionUtils.intersectIterators(
            List.of(docs, SampleQuery.iterator(leaf.reader().maxDoc(), leaf.docBase, rate, seed)));
      }
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (!dv.advanceExact(doc)) {
          continue;
        }
        for (int i = dv.docValueCount(); i > 0; i--) {
          int ord = (int) dv.nextOrd();
          int global = map == null ? ord : map[ord];
          if (global > to) {
            break; // ordinals come sorted, and segment order is global order
          }
          if (global >= from) {
            counts[global]++;
          }
        }
      }
    }
  }

  /** The top values of one dimension: count descending, ties in ordinal (label) order, zeros left out. */
  private List<FacetCount> top(int[] counts, OrdRange range, int topN, double rate) {
    int n = 0;
    for (int ord = range.start(); ord <= range.end(); ord++) {
      if (counts[ord] > 0) {
        n++;
      }
    }
    if (n == 0) {
      return List.of();
    }
    long[] keyed = new long[n];
    int k = 0;
    for (int ord = range.start(); ord <= range.end(); ord++) {
      if (counts[ord] > 0) {
        // Sorting count descending then ordinal ascending: one long per value, no boxing.
        keyed[k++] = ((long) (Integer.MAX_VALUE - counts[ord]) << 32) | ord;
      }
    }
    Arrays.sort(keyed);
    List<FacetCount> out = new ArrayList<>(Math.min(topN, n));
    for (int i = 0; i < Math.min(topN, n); i++) {
      int ord = (int) keyed[i];
      out.add(new FacetCount(labels[ord], rate >= 1 ? counts[ord] : Math.round(counts[ord] / rate)));
    }
    return List.copyOf(out);
  }

  /** All values of one dimension in the index (e.g. category labels for autocomplete). */
  public List<String> values(String dim) {
    OrdRange range = ranges.get(dim);
    return range == null ? List.of() : List.copyOf(Arrays.asList(labels).subList(range.start(), range.end() + 1));
  }
}
