package nl.wegwijs.index.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nl.wegwijs.index.query.MatchSet;
import nl.wegwijs.index.query.QueryFactory;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Tuning aid for the query structure: with -Dwegwijs.queryShape=DIR/100000/ours it prints, per
 * mixed benchmark text, the leaf clauses of the ranking query by type, and the thread CPU time of
 * each top-level clause scored exhaustively on its own (which clauses a search pays for). Add
 * -Dwegwijs.queryShape.print=true for the query text itself.
 */
class QueryShapeProbe {
  @Test
  @EnabledIfSystemProperty(named = "wegwijs.queryShape", matches = ".+")
  void probe() throws Exception {
    var cpu = ManagementFactory.getThreadMXBean();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(Path.of(System.getProperty("wegwijs.queryShape"))))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      searcher.setSimilarity(new BM25Similarity(1.2f, 0.4f));
      searcher.setQueryCache(null);
      QueryFactory factory = new QueryFactory();
      String concepts = System.getProperty("wegwijs.queryShape.concepts");
      if (concepts != null) {
        for (String c : concepts.split(",")) {
          var sb = new StringBuilder("SHAPE concept " + c);
          for (String f : List.of("name", "categories", "summary", "body", "place")) {
            sb.append(' ').append(f).append('=').append(reader.docFreq(new org.apache.lucene.index.Term(f, c)));
          }
          System.out.println(sb);
        }
        return;
      }
      var texts = new LinkedHashSet<String>();
      PerformanceBenchmark.queries().forEach(m -> texts.add(m.request().text()));
      for (String text : texts) {
        Query ranking = searcher.rewrite(factory.understand(text, false, reader).query());
        Query matching = searcher.rewrite(MatchSet.of(ranking));
        Map<String, Integer> leaves = new TreeMap<>();
        leaves(ranking, leaves);
        Map<String, Integer> countLeaves = new TreeMap<>();
        leaves(matching, countLeaves);
        long bound = MatchSet.docFreqBound(matching, reader);
        System.out.printf(Locale.ROOT, "SHAPE %s: ranking leaves %s; counting leaves %s; bound %d, matches %d%n", text, leaves,
            countLeaves, bound, searcher.count(matching));
        if (Boolean.getBoolean("wegwijs.queryShape.print")) {
          System.out.println("SHAPE   ranking " + ranking);
          System.out.println("SHAPE   counting " + matching);
        }
        List<Query> top = ranking instanceof BooleanQuery b ? b.clauses().stream().map(BooleanClause::query).toList() : List.of(ranking);
        List<String> costs = new ArrayList<>();
        double whole = time(searcher, ranking, cpu);
        double count = time(searcher, matching, cpu);
        for (Query clause : top) {
          breakdown(searcher, clause, cpu, whole, "", costs);
        }
        System.out.printf(Locale.ROOT, "SHAPE   whole %.3f ms, counting %.3f ms; per clause:%n", whole, count);
        costs.forEach(c -> System.out.println("SHAPE     " + c));
      }
    }
  }

  private static double time(IndexSearcher searcher, Query q, java.lang.management.ThreadMXBean cpu) throws Exception {
    for (int i = 0; i < 20; i++) {
      searcher.search(q, new TopScoreDocCollectorManager(50, null, Integer.MAX_VALUE));
    }
    int rounds = 40;
    long c0 = cpu.getCurrentThreadCpuTime();
    for (int i = 0; i < rounds; i++) {
      searcher.search(q, new TopScoreDocCollectorManager(50, null, Integer.MAX_VALUE));
    }
    return (cpu.getCurrentThreadCpuTime() - c0) / 1e6 / rounds;
  }

  /** A clause's cost, and that of its parts when it is a large share of the whole (which leaf costs what). */
  private static void breakdown(IndexSearcher searcher, Query q, java.lang.management.ThreadMXBean cpu, double whole, String indent,
      List<String> out) throws Exception {
    double t = time(searcher, q, cpu);
    out.add(String.format(Locale.ROOT, "%s%.3f %s", indent, t, abbreviate(q)));
    if (t < 0.1 * whole || indent.length() > 6) {
      return;
    }
    Query inner = q instanceof BoostQuery b ? b.getQuery() : q;
    List<Query> parts = switch (inner) {
      case BooleanQuery b when b.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.SHOULD) ->
          b.clauses().stream().map(BooleanClause::query).toList();
      case DisjunctionMaxQuery d -> List.copyOf(d.getDisjuncts());
      default -> List.of();
    };
    for (Query part : parts) {
      breakdown(searcher, part, cpu, whole, indent + "  ", out);
    }
  }

  private static String abbreviate(Query q) {
    String s = q.toString();
    return s.length() > 160 ? s.substring(0, 160) + "..." : s;
  }

  private static void leaves(Query q, Map<String, Integer> out) {
    switch (q) {
      case BooleanQuery b -> b.clauses().forEach(c -> leaves(c.query(), out));
      case DisjunctionMaxQuery d -> d.getDisjuncts().forEach(x -> leaves(x, out));
      case BoostQuery b -> leaves(b.getQuery(), out);
      case org.apache.lucene.search.ConstantScoreQuery c -> leaves(c.getQuery(), out);
      default -> out.merge(q.getClass().getSimpleName(), 1, Integer::sum);
    }
  }
}
