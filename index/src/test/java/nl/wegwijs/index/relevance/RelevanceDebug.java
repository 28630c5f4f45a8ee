package nl.wegwijs.index.relevance;

import java.util.List;
import java.util.Map;
import nl.wegwijs.index.Catalogue;
import nl.wegwijs.index.SearchHit;
import nl.wegwijs.index.SearchRequest;
import nl.wegwijs.index.SearchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Prints the top hits of weak tuning queries (held-out ones are skipped); run with -Dwegwijs.debug=true
 * (-Dwegwijs.max=0.6: the nDCG@10 up to which a query is shown; -Dwegwijs.deep=true: the ranks of the wanted entries
 * that miss the top 10).
 */
class RelevanceDebug {
  @Test
  @EnabledIfSystemProperty(named = "wegwijs.debug", matches = "true")
  void print_weak_queries() throws Exception {
    List<Judged> all = Judged.load("queries-dev.jsonl");
    for (int i = 0; i < all.size(); i++) {
      if (HoldOut.isHeldOut(i)) {
        continue; // never tuned on
      }
      Judged j = all.get(i);
      SearchResult r = Catalogue.sharedIndex().search(new SearchRequest(j.query(), 0, 10, Map.of(), null, false));
      List<String> ids = r.hits().stream().map(SearchHit::id).toList();
      Metrics m = Metrics.of(ids, j.grades(), 10);
      if (m.ndcg() > Double.parseDouble(System.getProperty("wegwijs.max", "0.6"))) continue;
      System.out.printf("%n== %s  ndcg=%.2f  exp=%s sugg=%s%n", j.query(), m.ndcg(), r.expansions(), r.suggestion());
      for (SearchHit h : r.hits()) {
        System.out.printf("  %s %5.1f %s%n", j.grades().containsKey(h.id()) ? "*" + j.grades().get(h.id()) : "  ", h.score(), h.id());
      }
      System.out.println("  wanted: " + j.grades());
      if (Boolean.getBoolean("wegwijs.deep")) { // where the wanted entries outside the top 10 rank (to 200)
        List<String> deep = Catalogue.sharedIndex().search(new SearchRequest(j.query(), 0, 200, Map.of(), null, false))
            .hits().stream().map(SearchHit::id).toList();
        j.grades().keySet().stream().filter(id -> !ids.contains(id))
            .forEach(id -> System.out.printf("  missing %s at %s%n", id, deep.indexOf(id) < 0 ? "-" : deep.indexOf(id) + 1));
      }
    }
  }
}
