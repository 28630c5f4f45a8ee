package nl.wegwijs.index.query;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wegwijs.index.SearchRequest;
import nl.wegwijs.index.facet.FacetDims;
import nl.wegwijs.index.indexing.Fields;
import nl.wegwijs.index.place.Gazetteer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/**
 * Request filters as non-scoring clauses: facet values (OR within a key, AND across keys, through
 * the drill-down terms FacetsConfig indexes), an age within [age_min, age_max], entries not tied to a
 * place, and a radius.
 */
public final class Filters {
  private Filters() {}

  /** Place keys of regions that name no place: nationwide ("landelijk", "landelijk (online)") or not stated. */
  private static final List<String> NO_PLACE_KEYS = List.of("landelijk", "niet vermeld", "onbekend");

  /** Adds the filters to {@code base}; unknown keys and unparsable ages are ignored. */
  public static Query apply(Query base, Map<String, List<String>> filters, @Nullable Query geo) {
    DrillDownQuery drill = new DrillDownQuery(FacetDims.config(), base);
    BooleanQuery.Builder extra = new BooleanQuery.Builder();
    boolean any = false;
    boolean drilled = false;
    for (Map.Entry<String, List<String>> f : filters.entrySet()) {
      List<String> values = f.getValue() == null ? List.of() : f.getValue().stream().filter(v -> v != null && !v.isBlank()).toList();
      if (values.isEmpty()) {
        continue;
      }
      if (FacetDims.isDim(f.getKey())) {
        values.forEach(v -> drill.add(f.getKey(), v.strip()));
        drilled = true;
      } else if (f.getKey().equals("age")) {
        extra.add(age(values), Occur.FILTER);
        any = true;
      } else if (f.getKey().equals(SearchRequest.NOT_TIED_TO_A_PLACE)) {
        extra.add(notTiedToAPlace(), Occur.FILTER);
        any = true;
      }
    }
    if (geo != null) {
      extra.add(geo, Occur.FILTER);
      any = true;
    }
    Query main = drilled ? drill : base;
    if (!any) {
      return main;
    }
    extra.add(main, Occur.MUST);
    return extra.build();
  }

  /**
   * For sideways facet counts: the text query with the non-facet filters (age, radius) as the base,
   * and the facet filters as drill-down dimensions; null when no facet filter is set.
   */
  public static @Nullable DrillDownQuery drillDown(Query text, Map<String, List<String>> filters, @Nullable Query geo) {
    Map<String, List<String>> dims = new java.util.LinkedHashMap<>();
    Map<String, List<String>> rest = new java.util.LinkedHashMap<>();
    filters.forEach((k, v) -> (FacetDims.isDim(k) ? dims : rest).put(k, v));
    DrillDownQuery drill = new DrillDownQuery(FacetDims.config(), apply(text, rest, geo));
    boolean any = false;
    for (Map.Entry<String, List<String>> f : dims.entrySet()) {
      for (String v : f.getValue() == null ? List.<String>of() : f.getValue()) {
        if (v != null && !v.isBlank()) {
          drill.add(f.getKey(), v.strip());
          any = true;
        }
      }
    }
    return any ? drill : null;
  }

  /**
   * Entries not tied to a place: without coordinates, and with a nationwide region ("landelijk", also
   * "landelijk (online)": Gazetteer.keys gives the part before the brackets), a region the source
   * left unstated ("niet vermeld", "onbekend", as mapquality's Gap reads them) or no place at all.
   * Read from the place keys, so it needs no new field and no rebuild; an entry with a nationwide
   * region and a municipality but no coordinates counts as nationwide (the demo importer gives every
   * municipality coordinates).
   */
  public static Query notTiedToAPlace() {
    BooleanQuery.Builder region = new BooleanQuery.Builder();
    NO_PLACE_KEYS.forEach(k -> region.add(new TermQuery(new Term(Fields.PLACE_KEY, k)), Occur.SHOULD));
    region.add(new BooleanQuery.Builder()
        .add(new MatchAllDocsQuery(), Occur.FILTER)
        .add(new FieldExistsQuery(Fields.PLACE_KEY), Occur.MUST_NOT)
        .build(), Occur.SHOULD);
    return new BooleanQuery.Builder()
        .add(region.build(), Occur.FILTER)
        .add(new FieldExistsQuery(Fields.GEO), Occur.MUST_NOT)
        .build();
  }

  /** Any of the given ages lies within the entry's range; open bounds were stored as 0 and 150. */
  private static Query age(List<String> values) {
    BooleanQuery.Builder or = new BooleanQuery.Builder();
    Set<Integer> ages = values.stream().map(Filters::parseAge).filter(a -> a != null).collect(Collectors.toSet());
    if (ages.isEmpty()) {
      return new MatchNoDocsQuery("no valid age");
    }
    for (int a : ages) {
      or.add(new BooleanQuery.Builder()
          .add(IntPoint.newRangeQuery(Fields.AGE_MIN, Integer.MIN_VALUE, a), Occur.FILTER)
          .add(IntPoint.newRangeQuery(Fields.AGE_MAX, a, Integer.MAX_VALUE), Occur.FILTER)
          .build(), Occur.SHOULD);
    }
    return or.build();
  }

  private static @Nullable Integer parseAge(String v) {
    try {
      int a = Integer.parseInt(v.strip());
      return a >= 0 && a <= 150 ? a : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Entries within the radius, or without coordinates but in a municipality inside it. */
  public static Query near(double lat, double lon, double radiusKm, List<String> placesInside) {
    double meters = Math.max(0.1, Math.min(radiusKm, 400)) * 1000;
    BooleanQuery.Builder or = new BooleanQuery.Builder();
    or.add(LatLonPoint.newDistanceQuery(Fields.GEO, lat, lon, meters), Occur.SHOULD);
    placesInside.stream()
        .map(Gazetteer::key)
        .distinct()
        .limit(500)
        .forEach(p -> or.add(new TermQuery(new Term(Fields.PLACE_KEY, p)), Occur.SHOULD));
    return or.build();
  }
}
