package nl.wegwijs.index.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.wegwijs.index.analysis.WegwijsDutchAnalyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/**
 * The match set of a ranking query as a flat, non-scoring query: one clause per distinct term, plus
 * only those structured clauses (phrases, all-parts conjunctions, fuzzy, distance) that can match a
 * document none of those terms matches. The ranking query repeats each term per weight, synonym
 * group, dismax and boost (on the order of a hundred clauses for three words), which counting the
 * total and the facets over every match does not need: a term's documents are the same wherever it
 * occurs in a disjunction.
 */
public final class MatchSet {
  /** -Dwegwijs.index.countPhrases=true counts every synonym phrase again, as before, for comparisons in one JVM. */
  static final String PHRASES_PROPERTY = "wegwijs.index.countPhrases";

  private MatchSet() {}

  /** A query that matches exactly the documents {@code ranking} matches, without scores. */
  public static Query of(Query ranking) {
    Query required = soleRequired(ranking);
    if (required != null) {
      // Its optional clauses only add to the scores of what the required one matches (QueryFactory's place).
      return of(required);
    }
    Set<Term> terms = new LinkedHashSet<>();
    List<Query> rest = new ArrayList<>();
    if (!collect(ranking, terms, rest)) {
      return new ConstantScoreQuery(ranking);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    terms.forEach(t -> b.add(new TermQuery(t), Occur.SHOULD));
    for (Query q : rest) {
      if (!impliedBy(q, terms)) {
        b.add(q, Occur.SHOULD);
      }
    }
    return new ConstantScoreQuery(b.build());
  }

  /** The one MUST clause of a query whose other clauses are all SHOULD (none required), else null. */
  private static @Nullable Query soleRequired(Query q) {
    if (!(q instanceof BooleanQuery bool) || bool.getMinimumNumberShouldMatch() != 0) {
      return null;
    }
    List<BooleanClause> must = bool.clauses().stream().filter(c -> c.occur() == Occur.MUST).toList();
    boolean restOptional = bool.clauses().stream().allMatch(c -> c.occur() == Occur.MUST || c.occur() == Occur.SHOULD);
    return must.size() == 1 && restOptional ? must.getFirst().query() : null;
  }

  /**
   * Splits a pure disjunction into its terms and its other clauses; false when {@code q} is not a
   * disjunction at its top (then it is counted as it is).
   */
  private static boolean collect(Query q, Set<Term> terms, List<Query> rest) {
    switch (q) {
      case TermQuery t -> terms.add(t.getTerm());
      case SynonymQuery s -> terms.addAll(s.getTerms());
      case BoostQuery bq -> {
        return collect(bq.getQuery(), terms, rest);
      }
      case ConstantScoreQuery c -> {
        return collect(c.getQuery(), terms, rest);
      }
      case DisjunctionMaxQuery d -> d.getDisjuncts().forEach(x -> collectOrKeep(x, terms, rest));
      case BooleanQuery bool when isDisjunction(bool) -> bool.clauses().forEach(c -> collectOrKeep(c.query(), terms, rest));
      case MatchAllDocsQuery all -> {
        return false;
      }
      default -> rest.add(q);
    }
    return true;
  }

  private static void collectOrKeep(Query q, Set<Term> terms, List<Query> rest) {
    if (!collect(q, terms, rest)) {
      rest.add(q);
    }
  }

  private static boolean isDisjunction(BooleanQuery bool) {
    return bool.getMinimumNumberShouldMatch() <= 0
        && !bool.clauses().isEmpty()
        && bool.clauses().stream().allMatch(c -> c.occur() == Occur.SHOULD);
  }

  /**
   * An upper bound on how many documents {@code q} matches, from document frequencies alone (a
   * term dictionary lookup per term, no postings read): a disjunction at most the sum of its
   * clauses, a phrase or conjunction at most its rarest required part. Queries it cannot bound
   * count as the whole index.
   */
  public static long docFreqBound(Query q, IndexReader reader) throws IOException {
    long bound = switch (q) {
      case TermQuery t -> reader.docFreq(t.getTerm());
      case SynonymQuery s -> sumDocFreq(s.getTerms(), reader);
      case BoostQuery bq -> docFreqBound(bq.getQuery(), reader);
      case ConstantScoreQuery c -> docFreqBound(c.getQuery(), reader);
      case PhraseQuery p -> minDocFreq(java.util.Arrays.asList(p.getTerms()), reader);
      case MultiPhraseQuery mp -> {
        long min = reader.maxDoc();
        for (Term[] alternatives : mp.getTermArrays()) {
          min = Math.min(min, sumDocFreq(java.util.Arrays.asList(alternatives), reader));
        }
        yield min;
      }
      case DisjunctionMaxQuery d -> {
        long sum = 0;
        for (Query x : d.getDisjuncts()) {
          sum += docFreqBound(x, reader);
        }
        yield sum;
      }
      case BooleanQuery bool when isDisjunction(bool) -> {
        long sum = 0;
        for (BooleanClause c : bool.clauses()) {
          sum += docFreqBound(c.query(), reader);
        }
        yield sum;
      }
      case BooleanQuery bool -> {
        long min = reader.maxDoc();
        for (BooleanClause c : bool.clauses()) {
          if (c.occur() == Occur.MUST || c.occur() == Occur.FILTER) {
            min = Math.min(min, docFreqBound(c.query(), reader));
          }
        }
        yield min;
      }
      default -> reader.maxDoc();
    };
    return Math.min(bound, reader.maxDoc());
  }

  /**
   * A lower bound on how many live documents the flat match set {@code q} (of {@link #of}) matches,
   * from document frequencies alone: a disjunction matches at least what its most frequent term
   * matches, less every deleted document (docFreq still counts those). 0 when it cannot tell.
   */
  public static long docFreqFloor(Query q, IndexReader reader) throws IOException {
    return Math.max(0, maxTermDocFreq(q, reader) - reader.numDeletedDocs());
  }

  /** The largest docFreq of a term that alone makes {@code q} match (0 when there is none). */
  private static long maxTermDocFreq(Query q, IndexReader reader) throws IOException {
    return switch (q) {
      case TermQuery t -> reader.docFreq(t.getTerm());
      case SynonymQuery s -> maxDocFreq(s.getTerms(), reader);
      case BoostQuery bq -> maxTermDocFreq(bq.getQuery(), reader);
      case ConstantScoreQuery c -> maxTermDocFreq(c.getQuery(), reader);
      case BooleanQuery bool when isDisjunction(bool) -> {
        long max = 0;
        for (BooleanClause c : bool.clauses()) {
          max = Math.max(max, maxTermDocFreq(c.query(), reader));
        }
        yield max;
      }
      default -> 0;
    };
  }

  private static long maxDocFreq(java.util.Collection<Term> terms, IndexReader reader) throws IOException {
    long max = 0;
    for (Term t : terms) {
      max = Math.max(max, reader.docFreq(t));
    }
    return max;
  }

  private static long sumDocFreq(java.util.Collection<Term> terms, IndexReader reader) throws IOException {
    long sum = 0;
    for (Term t : terms) {
      sum += reader.docFreq(t);
    }
    return sum;
  }

  private static long minDocFreq(java.util.Collection<Term> terms, IndexReader reader) throws IOException {
    long min = reader.maxDoc();
    for (Term t : terms) {
      min = Math.min(min, reader.docFreq(t));
    }
    return min;
  }

  /**
   * The index stacks a concept token on every care phrase of concepts.txt (ConceptIndexFilter), so
   * a document matching the phrase "kort verblijf" in a field has §respijt in that field too. A
   * query that names a care word asks for its concept as well, so for logeeropvang, pgb or brussen
   * the counting pass checks one concept term per field instead of every synonym phrase.
   */
  private static boolean conceptImplies(PhraseQuery p, Set<Term> terms) {
    if (Boolean.getBoolean(PHRASES_PROPERTY)) {
      return false;
    }
    Term[] phrase = p.getTerms();
    if (p.getSlop() != 0 || phrase.length < 2 || !consecutive(p.getPositions())) {
      return false;
    }
    String field = phrase[0].field();
    List<String> stems = java.util.Arrays.stream(phrase).map(Term::text).toList();
    for (String concept : WegwijsDutchAnalyzer.conceptsOfPhrase(stems)) {
      if (terms.contains(new Term(field, concept))) {
        return true;
      }
    }
    return false;
  }

  private static boolean consecutive(int[] positions) {
    for (int i = 1; i < positions.length; i++) {
      if (positions[i] != positions[i - 1] + 1) {
        return false;
      }
    }
    return true;
  }

  /** True when every document {@code q} matches contains one of {@code terms} (so q adds nothing). */
  static boolean impliedBy(Query q, Set<Term> terms) {
    return switch (q) {
      case TermQuery t -> terms.contains(t.getTerm());
      case SynonymQuery s -> terms.containsAll(s.getTerms());
      case BoostQuery bq -> impliedBy(bq.getQuery(), terms);
      case ConstantScoreQuery c -> impliedBy(c.getQuery(), terms);
      // A phrase needs every one of its terms, and a field that holds a care phrase carries its concept.
      case PhraseQuery p -> java.util.Arrays.stream(p.getTerms()).anyMatch(terms::contains) || conceptImplies(p, terms);
      // Each position needs one of its alternatives: implied when all alternatives of one position are.
      case MultiPhraseQuery mp -> java.util.Arrays.stream(mp.getTermArrays())
          .anyMatch(alts -> java.util.Arrays.stream(alts).allMatch(terms::contains));
      case DisjunctionMaxQuery d -> d.getDisjuncts().stream().allMatch(x -> impliedBy(x, terms));
      case BooleanQuery bool when isDisjunction(bool) -> bool.clauses().stream().allMatch(c -> impliedBy(c.query(), terms));
      case BooleanQuery bool -> bool.clauses().stream()
          .filter(c -> c.occur() == Occur.MUST || c.occur() == Occur.FILTER)
          .map(BooleanClause::query)
          .anyMatch(x -> impliedBy(x, terms));
      default -> false;
    };
  }
}
