package nl.wegwijs.index.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wegwijs.index.analysis.WegwijsDutchAnalyzer;
import nl.wegwijs.index.analysis.WegwijsDutchAnalyzer.Mode;
import nl.wegwijs.index.indexing.Fields;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns any user string into a query built from analysed tokens only, so no operator syntax is ever
 * interpreted. The query sums, per field and weight: the synonym-expanded Dutch query, a literal
 * boost on the name, a phrase-proximity boost, compound parts of query words, words the user wrote
 * apart that the catalogue writes as one (respijt zorg: respijtzorg) and spelling corrections.
 */
public final class QueryFactory {
  /** Words beyond this are ignored, which keeps every query far below Lucene's clause limit. */
  static final int MAX_WORDS = 24;
  private static final int PHRASE_SLOP = 3;

  private final QueryBuilder full = builder(Mode.QUERY);
  private final QueryBuilder exact = builder(Mode.QUERY_EXACT);
  private final QueryBuilder plain = builder(Mode.PLAIN);
  private final WegwijsDutchAnalyzer words = new WegwijsDutchAnalyzer(Mode.WORDS);
  private final WegwijsDutchAnalyzer plainWords = new WegwijsDutchAnalyzer(Mode.PLAIN);
  private final WegwijsDutchAnalyzer stems = new WegwijsDutchAnalyzer(Mode.QUERY_EXACT);
  private final Spelling spelling = new Spelling();

  private static QueryBuilder builder(Mode mode) {
    QueryBuilder b = new QueryBuilder(new WegwijsDutchAnalyzer(mode));
    b.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    return b;
  }

  public Understood understand(String rawText, boolean literal, IndexReader reader) throws IOException {
    List<String> typed = limit(plainWords.terms(rawText));
    if (typed.isEmpty()) {
      return new Understood(new MatchAllDocsQuery(), List.of(), null);
    }
    String text = String.join(" ", typed);
    if (literal) {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      add(b, plain, Fields.NAME_EXACT, text, 4f);
      add(b, plain, Fields.ALL_PLAIN, text, 1f);
      return new Understood(b.build(), List.of(), null);
    }
    List<String> meaningful = limit(words.terms(text));
    Set<String> expansions = new LinkedHashSet<>(WegwijsDutchAnalyzer.synonymsFor(meaningful));
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    addAcrossFields(b, full, text, 1f);
    add(b, exact, Fields.NAME, text, 1f);
    add(b, plain, Fields.NAME_EXACT, text, 1.5f);
    if (meaningful.size() > 1) {
      addPhrase(b, Fields.NAME, text, 2f);
      addPhrase(b, Fields.SUMMARY, text, 1.5f);
    }
    addCompoundParts(b, meaningful, expansions);
    addJoins(b, meaningful, reader, expansions);
    Spelling.Correction fix = spelling.correct(typed, reader);
    boolean corrected = fix != null && !fix.changedWords().isEmpty();
    if (corrected) {
      addAcrossFields(b, full, fix.text(), 1f);
    }
    if (fix != null) {
      fix.fuzzy().forEach(q -> b.add(new BoostQuery(q, 0.3f), Occur.SHOULD));
      expansions.addAll(fix.changedWords());
    }
    BooleanQuery query = b.build();
    return new Understood(
        query.clauses().isEmpty() ? new MatchAllDocsQuery() : query,
        List.copyOf(expansions),
        corrected ? fix.text() : null);
  }

  private static List<String> limit(List<String> terms) {
    return terms.size() > MAX_WORDS ? terms.subList(0, MAX_WORDS) : terms;
  }

  private void addAcrossFields(BooleanQuery.Builder b, QueryBuilder qb, String text, float scale) {
    for (Map.Entry<String, Float> field : Fields.WEIGHTS.entrySet()) {
      add(b, qb, field.getKey(), text, field.getValue() * scale);
    }
  }

  private static void add(BooleanQuery.Builder b, QueryBuilder qb, String field, String text, float boost) {
    Query q = qb.createBooleanQuery(field, text, Occur.SHOULD);
    if (q != null) {
      b.add(new BoostQuery(q, boost), Occur.SHOULD);
    }
  }

  /** Proximity boost on the typed words only: a synonym graph would turn it into span queries. */
  private void addPhrase(BooleanQuery.Builder b, String field, String text, float boost) {
    Query q = exact.createPhraseQuery(field, text, PHRASE_SLOP);
    if (q != null) {
      b.add(new BoostQuery(q, boost), Occur.SHOULD);
    }
  }

  /** kinderthuiszorg also finds "thuiszorg voor kinderen": all leaf parts must occur. */
  private void addCompoundParts(BooleanQuery.Builder b, List<String> meaningful, Set<String> expansions) {
    for (String word : meaningful) {
      List<String> leaves =
          WegwijsDutchAnalyzer.compoundParts(word).stream()
              .filter(p -> WegwijsDutchAnalyzer.compoundParts(p).isEmpty())
              .toList();
      if (leaves.size() < 2) {
        continue;
      }
      expansions.add(String.join(" ", leaves));
      for (String field : List.of(Fields.NAME, Fields.CATEGORIES, Fields.SUMMARY, Fields.BODY)) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        leaves.forEach(p -> stems.terms(p).forEach(s -> all.add(new TermQuery(new Term(field, s)), Occur.MUST)));
        b.add(new BoostQuery(all.build(), Fields.WEIGHTS.get(field) * 0.6f), Occur.SHOULD);
      }
    }
  }

  /** "respijt zorg", "samen 1 plan": adjacent words whose concatenation the catalogue uses. */
  private void addJoins(BooleanQuery.Builder b, List<String> meaningful, IndexReader reader, Set<String> expansions)
      throws IOException {
    List<String> joins = new ArrayList<>();
    for (int i = 0; i < meaningful.size(); i++) {
      StringBuilder joined = new StringBuilder(meaningful.get(i));
      for (int j = i + 1; j < Math.min(i + 3, meaningful.size()); j++) {
        joined.append(meaningful.get(j));
        if (reader.docFreq(new Term(Fields.ALL_PLAIN, joined.toString())) > 0) {
          joins.add(joined.toString());
        }
      }
    }
    for (String join : joins) {
      expansions.add(join);
      addAcrossFields(b, full, join, 0.9f);
    }
  }
}
