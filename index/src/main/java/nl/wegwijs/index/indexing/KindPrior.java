package nl.wegwijs.index.indexing;

import java.util.Map;

/**
 * How much a kind of entry is, a priori, what a searcher of a social map wants: parents and
 * professionals look for help they can get (provisions, programmes, respite, parent associations,
 * practice examples) more often than for background literature, regulations or websites. The
 * prior multiplies the text score, so it only reorders entries that match about equally well.
 * Unknown kinds are neutral.
 */
public final class KindPrior {
  /** Exponent on the table below, tuned on two thirds of the dev queries (held-out third kept). */
  static final float STRENGTH = 2f;
  private static final Map<String, Float> PRIOR = Map.ofEntries(
      Map.entry("provision", 1f),
      Map.entry("respite_care", 1f),
      Map.entry("parent_association", 1f),
      Map.entry("programme", 1f),
      Map.entry("practice_example", 1f),
      Map.entry("organisation", 0.9f),
      Map.entry("tool", 0.9f),
      Map.entry("knowledge", 0.75f),
      Map.entry("regulation", 0.7f),
      Map.entry("website", 0.7f));

  private KindPrior() {}

  public static float of(String kind) {
    return (float) Math.pow(PRIOR.getOrDefault(kind == null ? "" : kind, 0.9f), STRENGTH);
  }
}
