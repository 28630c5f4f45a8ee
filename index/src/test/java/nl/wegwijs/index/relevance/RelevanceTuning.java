package nl.wegwijs.index.relevance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.wegwijs.index.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Tuning aid: nDCG@10 per tuning query, and the means of both thirds; -Dwegwijs.debug=true. */
class RelevanceTuning {
  @Test
  @EnabledIfSystemProperty(named = "wegwijs.debug", matches = "true")
  void print_split_means() {
    List<Judged> judged = Judged.load("queries-dev.jsonl");
    RankedRetriever ours = RelevanceHarnessTest.wegwijs(Catalogue.sharedIndex());
    List<Metrics> tune = new ArrayList<>();
    List<Metrics> held = new ArrayList<>();
    for (int i = 0; i < judged.size(); i++) {
      Metrics m = Metrics.of(ours.ids(judged.get(i).query(), 10), judged.get(i).grades(), 10);
      (HoldOut.isHeldOut(i) ? held : tune).add(m);
      if (!HoldOut.isHeldOut(i)) { // the held-out third is never shown per query, only as a mean
        System.out.printf(Locale.ROOT, "Q %.2f %s%n", m.ndcg(), judged.get(i).query());
      }
    }
    List<Metrics> all = new ArrayList<>(tune);
    all.addAll(held);
    System.out.printf(Locale.ROOT, "TUNE all=%.3f tune=%.3f held=%.3f%n",
        Metrics.mean(all).ndcg(), Metrics.mean(tune).ndcg(), Metrics.mean(held).ndcg());
  }
}
