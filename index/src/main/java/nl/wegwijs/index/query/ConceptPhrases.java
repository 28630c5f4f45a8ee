package nl.wegwijs.index.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.wegwijs.index.analysis.WegwijsDutchAnalyzer;
import nl.wegwijs.index.indexing.Fields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Leaves out of a query's synonym groups the phrases that only restate a concept the same query
 * asks for. The index stacks a concept token on every care phrase (ConceptIndexFilter), and a query
 * that names a care word asks for its concept (ConceptQueryFilter), so for logeeropvang the phrases
 * "kortdurend verblijf", "kort verblijf" and "respijt zorg" match no entry that §respijt does not:
 * they were the costliest clauses per match (positions read in every field, in scoring and
 * counting), and the concept clause already scores those entries. Phrases of the words the user
 * typed are kept: there the phrase is the query itself.
 */
final class ConceptPhrases {
  /** -Dwegwijs.index.conceptPhrases=keep scores every synonym phrase, as before, for comparisons in one JVM. */
  static final String PROPERTY = "wegwijs.index.conceptPhrases";

  private ConceptPhrases() {}

  /**
   * Categories keep their phrases: a category is an editor's short label, where the synonym phrase
   * is the whole label and names the exact provision ("complexe scheiding"), while the concept is its
   * wider family (crisis). Measured on the dev queries: the tuning two thirds scored the same with
   * or without categories' phrases, the whole set 0.821 with them and 0.813 without.
   */
  static boolean appliesTo(String field) {
    return !Fields.CATEGORIES.equals(field);
  }

  /**
   * @param q one field's query of one analysed text (per-word clauses, synonym groups)
   * @param typed the stems of the typed words, in order
   */
  static Query leaveOutImplied(Query q, List<String> typed) {
    if ("keep".equals(System.getProperty(PROPERTY))) {
      return q;
    }
    Set<String> asked = new HashSet<>();
    concepts(q, asked);
    if (asked.isEmpty()) {
      return q;
    }
    if (!(q instanceof BooleanQuery top)) {
      return without(q, asked, typed);
    }
    // The top level holds one clause per query word, which every field must keep in step
    // (QueryFactory's per-word dismax): only the groups inside them lose phrases.
    BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(top.getMinimumNumberShouldMatch());
    top.clauses().forEach(c -> b.add(without(c.query(), asked, typed), c.occur()));
    return b.build();
  }

  private static void concepts(Query q, Set<String> out) {
    switch (q) {
      case TermQuery t when t.getTerm().text().startsWith("§") -> out.add(t.getTerm().text());
      case BoostQuery b -> concepts(b.getQuery(), out);
      case BooleanQuery b -> b.clauses().forEach(c -> concepts(c.query(), out));
      case DisjunctionMaxQuery d -> d.getDisjuncts().forEach(x -> concepts(x, out));
      default -> { }
    }
  }

  private static Query without(Query q, Set<String> asked, List<String> typed) {
    if (q instanceof BoostQuery b) {
      Query inner = without(b.getQuery(), asked, typed);
      return inner == b.getQuery() ? q : new BoostQuery(inner, b.getBoost());
    }
    if (!(q instanceof BooleanQuery bool) || bool.getMinimumNumberShouldMatch() > 0) {
      return q;
    }
    List<BooleanClause> kept = new ArrayList<>();
    boolean changed = false;
    for (BooleanClause c : bool.clauses()) {
      if (c.occur() == Occur.SHOULD && implied(c.query(), asked, typed)) {
        changed = true;
        continue;
      }
      Query inner = without(c.query(), asked, typed);
      changed |= inner != c.query();
      kept.add(new BooleanClause(inner, c.occur()));
    }
    if (!changed || kept.isEmpty()) {
      return q;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    kept.forEach(b::add);
    return b.build();
  }

  private static boolean implied(Query q, Set<String> asked, List<String> typed) {
    Query inner = q instanceof BoostQuery b ? b.getQuery() : q;
    if (!(inner instanceof PhraseQuery p) || p.getSlop() != 0 || p.getTerms().length < 2) {
      return false;
    }
    List<String> stems = java.util.Arrays.stream(p.getTerms()).map(Term::text).toList();
    if (Collections.indexOfSubList(typed, stems) >= 0) {
      return false;
    }
    return WegwijsDutchAnalyzer.conceptsOfPhrase(stems).stream().anyMatch(asked::contains);
  }
}
