package nl.wegwijs.index.query;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/**
 * The same query on another field. All text fields share one query analyzer, so the synonym graph
 * is analysed once and copied per field instead of being analysed again for every field (the
 * analysis was a sixth of the query time in a JFR profile). Returns null for a query type it does
 * not know, and the caller then analyses that field itself.
 */
final class FieldSwap {
  private FieldSwap() {}

  static @Nullable Query to(Query q, String field) {
    return switch (q) {
      case TermQuery t -> new TermQuery(new Term(field, t.getTerm().bytes()));
      case SynonymQuery s -> {
        SynonymQuery.Builder b = new SynonymQuery.Builder(field);
        s.getTerms().forEach(t -> b.addTerm(new Term(field, t.bytes())));
        yield b.build();
      }
      case PhraseQuery p -> {
        PhraseQuery.Builder b = new PhraseQuery.Builder().setSlop(p.getSlop());
        Term[] terms = p.getTerms();
        int[] positions = p.getPositions();
        for (int i = 0; i < terms.length; i++) {
          b.add(new Term(field, terms[i].bytes()), positions[i]);
        }
        yield b.build();
      }
      case BoostQuery bq -> {
        Query inner = to(bq.getQuery(), field);
        yield inner == null ? null : new BoostQuery(inner, bq.getBoost());
      }
      case BooleanQuery bool -> {
        BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        for (BooleanClause c : bool.clauses()) {
          Query inner = to(c.query(), field);
          if (inner == null) {
            yield null;
          }
          b.add(inner, c.occur());
        }
        yield b.build();
      }
      default -> null;
    };
  }
}
