package nl.wegwijs.index.facet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijs.index.FacetCount;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.jspecify.annotations.Nullable;

/** Facet counts over a whole match set, from the per-reader doc-values state. */
public final class FacetCounter {
  private FacetCounter() {}

  /** The reader state that counting needs; built once per searcher, null on an empty index. */
  public static @Nullable SortedSetDocValuesReaderState stateOf(IndexReader reader) throws IOException {
    try {
      return reader.maxDoc() == 0 ? null : new DefaultSortedSetDocValuesReaderState(reader, FacetDims.config());
    } catch (IllegalArgumentException noFacetFieldYet) {
      return null;
    }
  }

  /** Top values of every dimension that has any, in {@link FacetDims#ALL} order. */
  public static Map<String, List<FacetCount>> count(
      @Nullable SortedSetDocValuesReaderState state, FacetsCollector hits, int topN) throws IOException {
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    if (state == null) {
      return out;
    }
    return count(state, new SortedSetDocValuesFacetCounts(state, hits), topN);
  }

  /** Top values from already computed counts (e.g. DrillSideways' drill-down plus sideways counts). */
  public static Map<String, List<FacetCount>> count(
      @Nullable SortedSetDocValuesReaderState state, Facets counts, int topN) throws IOException {
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    if (state == null) {
      return out;
    }
    for (String dim : FacetDims.ALL) {
      if (state.getOrdRange(dim) == null) {
        continue;
      }
      FacetResult result = counts.getTopChildren(topN, dim);
      List<FacetCount> values = new ArrayList<>();
      if (result != null) {
        for (LabelAndValue lv : result.labelValues) {
          values.add(new FacetCount(lv.label, lv.value.longValue()));
        }
      }
      out.put(dim, List.copyOf(values));
    }
    return out;
  }

  /** All values of one dimension in the index (e.g. category labels for autocomplete). */
  public static List<String> values(@Nullable SortedSetDocValuesReaderState state, String dim) throws IOException {
    if (state == null || state.getOrdRange(dim) == null) {
      return List.of();
    }
    SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
    SortedSetDocValues dv = state.getDocValues();
    List<String> out = new ArrayList<>();
    for (int ord = range.start(); ord <= range.end(); ord++) {
      String[] path = FacetsConfig.stringToPath(dv.lookupOrd(ord).utf8ToString());
      out.add(path[path.length - 1]);
    }
    return out;
  }
}
