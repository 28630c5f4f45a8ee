package nl.wegwijs.index.facet;

import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;

/**
 * The facet dimensions. Each is a SortedSetDocValuesFacetField, so counts need no taxonomy index,
 * and FacetsConfig also indexes a drill-down term per value, which the filters use.
 */
public final class FacetDims {
  public static final String KIND = "kind";
  public static final String CATEGORY = "category";
  public static final String FUNDING = "funding";
  public static final String REGION = "region";
  public static final String FOR = "for";
  public static final String ACCESS = "access";
  public static final String SETTING = "setting";
  public static final String CONDITION = "condition";

  /** All dimensions, in the order the UI shows them. Request filter keys use the same names. */
  public static final List<String> ALL =
      List.of(KIND, CATEGORY, FUNDING, REGION, FOR, ACCESS, SETTING, CONDITION);

  /** Read per document: true indexes the dimension's own drill-down term again (Lucene's default; for before/after measurements). */
  public static final String DIMENSION_TERMS_PROPERTY = "wegwijs.index.dimensionTerms";
  private static final FacetsConfig CONFIG = newConfig(false);
  private static final FacetsConfig WITH_DIMENSION_TERMS = newConfig(true);

  private FacetDims() {}

  /** The shared, effectively immutable configuration (all dimensions multi-valued). */
  public static FacetsConfig config() {
    return CONFIG;
  }

  /** The configuration documents are built with: {@link #config()} unless {@link #DIMENSION_TERMS_PROPERTY} is set. */
  public static FacetsConfig forIndexing() {
    return Boolean.getBoolean(DIMENSION_TERMS_PROPERTY) ? WITH_DIMENSION_TERMS : CONFIG;
  }

  /**
   * Drill-down terms of the full path only ("category/Logeeropvang"): a filter asks for a value
   * (DrillDownQuery.add(dim, value)); the bare dimension term, which Lucene indexes by default once
   * per value, would only serve a filter on "has any value of dim", which no request can express.
   * It was one of every eight terms a rebuild inverted. An index that still has those terms stays
   * valid (they are never read), so this needs no new IndexLayout.
   */
  private static FacetsConfig newConfig(boolean dimensionTerms) {
    FacetsConfig config = new FacetsConfig();
    ALL.forEach(dim -> config.setMultiValued(dim, true));
    if (!dimensionTerms) {
      ALL.forEach(dim -> config.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.FULL_PATH_ONLY));
    }
    return config;
  }

  /** Whether {@code key} is a filter key that maps onto a facet dimension. */
  public static boolean isDim(String key) {
    return ALL.contains(key);
  }

  /** Kinds folded for display: respite_care is a provision, parent_association an organisation. */
  public static final Map<String, String> KIND_PARENT =
      Map.of("respite_care", "provision", "parent_association", "organisation");
}
