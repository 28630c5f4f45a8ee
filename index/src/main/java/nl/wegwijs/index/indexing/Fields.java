package nl.wegwijs.index.indexing;

import java.util.Map;

/** Field names of a catalogue document and the query weights of the searchable ones. */
public final class Fields {
  public static final String ID = "id";
  public static final String NAME = "name";
  public static final String NAME_EXACT = "name_exact";
  public static final String CATEGORIES = "categories";
  public static final String SUMMARY = "summary";
  public static final String BODY = "body";
  public static final String AUDIENCE = "audience";
  public static final String PLACE = "place";
  public static final String PLACE_KEY = "place_key";
  public static final String ALL_PLAIN = "all_plain";
  public static final String SUGGEST = "suggest";
  public static final String KIND = "kind_stored";
  public static final String REGION = "region_stored";
  public static final String AGE_MIN = "age_min";
  public static final String AGE_MAX = "age_max";
  public static final String GEO = "geo";
  public static final String LAT = "lat";
  public static final String LON = "lon";
  public static final String UPDATED = "updated";
  public static final String PRIOR = "prior";

  /** Ages stored when an entry has no bound, so an open range matches every age. */
  public static final int AGE_FLOOR = 0;
  public static final int AGE_CEILING = 150;

  /** Field weights: name > categories > summary > body (issue 3), place and audience lowest. */
  public static final Map<String, Float> WEIGHTS =
      Map.of(NAME, 3.5f, CATEGORIES, 3f, SUMMARY, 1.5f, BODY, 1f, AUDIENCE, 0.3f, PLACE, 1f);

  private Fields() {}
}
