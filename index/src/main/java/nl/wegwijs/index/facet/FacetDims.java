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

  private static final FacetsConfig CONFIG = newConfig();

  private FacetDims() {}

  /** The shared, effectively immutable configuration (all dimensions multi-valued). */
  public static FacetsConfig config() {
    return CONFIG;
  }

  private static FacetsConfig newConfig() {
    FacetsConfig config = new FacetsConfig();
    ALL.forEach(dim -> config.setMultiValued(dim, true));
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
