package nl.wegwijs.index.relevance;

import java.util.List;
import java.util.Map;

/** nDCG@k (gain 2^grade - 1, log2 discount), recall@k and reciprocal rank of one ranking. */
public record Metrics(double ndcg, double recall, double reciprocalRank) {
  public static Metrics of(List<String> ranked, Map<String, Integer> grades, int k) {
    double dcg = 0;
    int found = 0;
    double rr = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      int g = grades.getOrDefault(ranked.get(i), 0);
      if (g > 0) {
        dcg += (Math.pow(2, g) - 1) / log2(i + 2);
        found++;
        if (rr == 0) {
          rr = 1.0 / (i + 1);
        }
      }
    }
    List<Integer> ideal = grades.values().stream().filter(g -> g > 0).sorted((a, b) -> b - a).toList();
    double idcg = 0;
    for (int i = 0; i < Math.min(k, ideal.size()); i++) {
      idcg += (Math.pow(2, ideal.get(i)) - 1) / log2(i + 2);
    }
    long relevant = ideal.size();
    return new Metrics(idcg == 0 ? 0 : dcg / idcg, relevant == 0 ? 0 : (double) found / Math.min(k, relevant), rr);
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  public static Metrics mean(List<Metrics> all) {
    return new Metrics(
        all.stream().mapToDouble(Metrics::ndcg).average().orElse(0),
        all.stream().mapToDouble(Metrics::recall).average().orElse(0),
        all.stream().mapToDouble(Metrics::reciprocalRank).average().orElse(0));
  }
}
