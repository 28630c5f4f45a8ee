package nl.wegwijs.index;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A search: free text, paging, filters and an optional place. Filter keys are kind, category,
 * funding, region, age, for, access, setting and condition; values are OR-ed within a key and keys
 * are AND-ed. {@code age} is one integer age that must lie within an entry's [ageMin, ageMax] where
 * those bounds are set (entries without an age range match every age). {@link #NOT_TIED_TO_A_PLACE}
 * (any value) keeps only entries not tied to a place: no coordinates and a nationwide, unstated or
 * absent region (the fallback when nothing lies near a place). {@code literal} switches
 * off synonyms, decompounding and typo tolerance. {@code facets} false skips the facet counts
 * (the result's facets are then empty; total and hits are the same) for callers that show none.
 */
public record SearchRequest(
    String text,
    int page,
    int size,
    Map<String, List<String>> filters,
    @Nullable GeoFilter near,
    boolean literal,
    boolean facets) {

  /** Filter key: only entries not tied to a place (nationwide, or no region stated); its value is not read. */
  public static final String NOT_TIED_TO_A_PLACE = "placeless";

  public SearchRequest {
    text = text == null ? "" : text;
    filters = filters == null ? Map.of() : Map.copyOf(filters);
  }

  /** A search with facet counts. */
  public SearchRequest(String text, int page, int size, Map<String, List<String>> filters, @Nullable GeoFilter near,
      boolean literal) {
    this(text, page, size, filters, near, literal, true);
  }

  /** The same search without facet counts: cheaper for lists that show hits only. */
  public SearchRequest withoutFacets() {
    return new SearchRequest(text, page, size, filters, near, literal, false);
  }

  /** A plain first-page search for {@code text}. */
  public static SearchRequest of(String text) {
    return new SearchRequest(text, 0, 10, Map.of(), null, false);
  }
}
