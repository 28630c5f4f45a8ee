package nl.wegwijs.index.relevance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs engines over judged queries and renders the comparison as markdown: the means (all queries,
 * the two thirds used for tuning, the held-out third), then every query.
 */
public final class RelevanceReport {
  public static final int K = 10;

  private RelevanceReport() {}

  /** Per engine, the metrics of every judged query, in order. */
  public static Map<String, List<Metrics>> run(Map<String, RankedRetriever> engines, List<Judged> judged) {
    Map<String, List<Metrics>> out = new LinkedHashMap<>();
    engines.forEach((name, engine) -> {
      List<Metrics> m = new ArrayList<>();
      for (Judged j : judged) {
        m.add(Metrics.of(engine.ids(j.query(), K), j.grades(), K));
      }
      out.put(name, m);
    });
    return out;
  }

  /** The mean over the held-out third only ({@code heldOut} true) or over the tuning two thirds. */
  public static Metrics mean(List<Metrics> perQuery, boolean heldOut) {
    List<Metrics> part = new ArrayList<>();
    for (int i = 0; i < perQuery.size(); i++) {
      if (HoldOut.isHeldOut(i) == heldOut) {
        part.add(perQuery.get(i));
      }
    }
    return Metrics.mean(part);
  }

  public static String markdown(String title, String preface, List<Judged> judged, Map<String, List<Metrics>> perQuery) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(title).append("\n\n").append(preface).append("\n\n");
    md.append("Gain 2^grade-1, cut-off ").append(K).append(". Tuning looked only at the queries at positions 0, 1, 3, 4, ...;"
        + " every third query (positions 2, 5, 8, ...) is held out and was never inspected while tuning.\n\n");
    md.append("| engine | nDCG@10 | recall@10 | MRR | nDCG@10 tuning 2/3 | nDCG@10 held-out 1/3 |\n|---|---|---|---|---|---|\n");
    perQuery.forEach((engine, ms) -> {
      Metrics m = Metrics.mean(ms);
      md.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f |%n", engine, m.ndcg(), m.recall(),
          m.reciprocalRank(), mean(ms, false).ndcg(), mean(ms, true).ndcg()));
    });
    md.append("\n## Per query (nDCG@").append(K).append("; h = held out)\n\n| query |");
    perQuery.keySet().forEach(e -> md.append(' ').append(e).append(" |"));
    md.append("\n|---|").append("---|".repeat(perQuery.size())).append('\n');
    for (int i = 0; i < judged.size(); i++) {
      md.append("| ").append(HoldOut.isHeldOut(i) ? "(h) " : "").append(judged.get(i).query().replace("|", "\\|")).append(" |");
      for (List<Metrics> ms : perQuery.values()) {
        md.append(String.format(Locale.ROOT, " %.2f |", ms.get(i).ndcg()));
      }
      md.append('\n');
    }
    return md.toString();
  }
}
