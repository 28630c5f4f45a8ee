package nl.wegwijs.index.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wegwijs.index.JvmSetting;
import nl.wegwijs.index.analysis.QuerySynonyms;
import nl.wegwijs.index.analysis.WegwijsDutchAnalyzer;
import nl.wegwijs.index.analysis.WegwijsDutchAnalyzer.Mode;
import nl.wegwijs.index.indexing.Fields;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;

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
  /** Weight of a pair of neighbouring typed words within the slop in the summary (0.25: tuning 0.850, 0.75: 0.850). */
  static final String PAIR_WEIGHT_PROPERTY = "wegwijs.index.pairWeight";
  /**
   * The last -Dwegwijs.index.pairWeight text and its weight: read per analysed text (not once per
   * class), so SearchProbe's A/B rounds can switch the pair phrases off (0 leaves them out) in one JVM.
   */
  private static volatile PairSetting pairSetting = new PairSetting(null, 0.5f);

  private record PairSetting(@Nullable String text, float weight) {}

  static float pairWeight() {
    String text = System.getProperty(PAIR_WEIGHT_PROPERTY);
    PairSetting seen = pairSetting;
    if (java.util.Objects.equals(text, seen.text())) {
      return seen.weight();
    }
    PairSetting now = new PairSetting(text, pairWeight(text));
    pairSetting = now;
    return now.weight();
  }

  /** An operator's malformed value falls back to the default rather than failing every search. */
  static float pairWeight(@Nullable String text) {
    if (text != null) {
      try {
        float weight = Float.parseFloat(text.strip());
        if (weight >= 0 && Float.isFinite(weight)) {
          return weight;
        }
      } catch (NumberFormatException e) {
        // fall through to the default below
      }
      System.getLogger(QueryFactory.class.getName()).log(System.Logger.Level.WARNING,
          "Ignoring -Dwegwijs.index.pairWeight={0} (not a weight of 0 or more); using 0.5", text);
    }
    return 0.5f;
  }

  private final QuerySynonyms synonyms;
  private final QueryBuilder full;
  private final QueryBuilder exact = builder(new WegwijsDutchAnalyzer(Mode.QUERY_EXACT));
  private final QueryBuilder plain = builder(new WegwijsDutchAnalyzer(Mode.PLAIN));
  private final WegwijsDutchAnalyzer words = new WegwijsDutchAnalyzer(Mode.WORDS);
  private final WegwijsDutchAnalyzer plainWords = new WegwijsDutchAnalyzer(Mode.PLAIN);
  private final WegwijsDutchAnalyzer stems = new WegwijsDutchAnalyzer(Mode.QUERY_EXACT);
  private final Spelling spelling = new Spelling();

  /** With the reviewed synonyms only. */
  public QueryFactory() {
    this(QuerySynonyms.reviewed());
  }

  /** With these synonyms (reviewed plus editor groups); a new set of synonyms needs a new factory. */
  public QueryFactory(QuerySynonyms synonyms) {
    this.synonyms = synonyms;
    this.full = builder(new WegwijsDutchAnalyzer(Mode.QUERY, synonyms));
  }

  public QuerySynonyms synonyms() {
    return synonyms;
  }

  private static QueryBuilder builder(WegwijsDutchAnalyzer analyzer) {
    QueryBuilder b = new QueryBuilder(analyzer) {
      /**
       * A synonym group with a word of a parent's phrasing in it weighs as that word does
       * (ConceptQueryFilter.PHRASING_WORD_WEIGHT); the weight sits on a BoostQuery around the group,
       * because FieldSwap copies a SynonymQuery's terms but cannot read their boosts.
       */
      @Override
      protected Query newSynonymQuery(String field, TermAndBoost[] terms) {
        SynonymQuery.Builder sb = new SynonymQuery.Builder(field);
        float min = 1f;
        for (TermAndBoost t : terms) {
          sb.addTerm(new Term(field, t.term()));
          min = Math.min(min, t.boost());
        }
        Query q = sb.build();
        return min < 1f ? new BoostQuery(q, min) : q;
      }
    };
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
    // The place stays in the text too: entries named after it (a municipality's own team) count.
    PlaceMention place = PlaceMention.find(rawText, reader);
    List<String> meaningful = limit(words.terms(text));
    Set<String> expansions = new LinkedHashSet<>(synonyms.expansions(meaningful));
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    List<Query> needs = new ArrayList<>();
    addAcrossFields(b, full, text, 1f, needs);
    add(b, exact, Fields.NAME, text, 1f);
    // Stop words out of the literal name boost: name_exact keeps them (literal mode searches them),
    // and "de" or "van" in a parent's sentence lifted every entry whose name says it.
    add(b, plain, Fields.NAME_EXACT, meaningful.isEmpty() ? text : String.join(" ", meaningful), 1.5f);
    if (meaningful.size() > 1) {
      addPhrase(b, Fields.NAME, text, 2f);
      addPhrase(b, Fields.SUMMARY, text, 1.5f);
    }
    float pairWeight = pairWeight();
    if (meaningful.size() > 2 && pairWeight > 0) {
      // Two neighbouring words of a longer text near each other in a summary ("kind met een
      // beperking", "gehandicapt kind"): the whole text is rarely found within the slop.
      for (int i = 0; i + 1 < meaningful.size(); i++) {
        addPhrase(b, Fields.SUMMARY, meaningful.get(i) + " " + meaningful.get(i + 1), pairWeight);
      }
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
    // A text that is only a place ("bij Tiel") asks for everything there: the distance clause matches then.
    if (place != null && PLACE_RANKS_ONLY.get() && !words.terms(place.rest()).isEmpty()) {
      // The place ranks the matches of the words (the place's name is one of them); it adds no
      // matches of its own. Its distance clause matches every entry with coordinates, so as one more
      // optional clause it made every such entry a match: "logeeropvang bij Tiel", which the API
      // turns into a radius around Tiel, listed every entry near Tiel, logeeropvang or not.
      BooleanQuery.Builder ranked = new BooleanQuery.Builder().add(query, Occur.MUST);
      addPlace(ranked, place);
      query = ranked.build();
    } else if (place != null) {
      addPlace(b, place);
      query = b.build();
    }
    return new Understood(
        query.clauses().isEmpty() ? new MatchAllDocsQuery() : query,
        List.copyOf(expansions),
        corrected ? fix.text() : null,
        place == null ? null : placeEntries(place),
        List.copyOf(needs),
        SpeakingParent.professionalOnly(typed, stems));
  }

  /**
   * A place in the text ranks, never filters: entries of that municipality or region first, then by
   * distance; nationwide entries still compete on the topical words. On top of these clauses the
   * top hits of the place are multiplied by a factor (Understood.place, KindPriorRescore).
   */
  private void addPlace(BooleanQuery.Builder b, PlaceMention place) {
    add(b, full, Fields.PLACE, place.name(), 2f);
    b.add(LatLonPoint.newDistanceFeatureQuery(Fields.GEO, 1f, place.lat(), place.lon(), 25_000), Occur.SHOULD);
  }

  /** Entries whose region or municipality is the place, as the gazetteer or the text writes it. */
  private @Nullable Query placeEntries(PlaceMention place) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    Set<String> names = new LinkedHashSet<>(List.of(place.name(), place.typed()));
    for (String name : names) {
      Query q = exact.createPhraseQuery(Fields.PLACE, name);
      if (q != null) {
        b.add(q, Occur.SHOULD);
      }
    }
    BooleanQuery q = b.build();
    return q.clauses().isEmpty() ? null : q;
  }

  /**
   * -Dwegwijs.index.placeRanksOnly=false (read per analysed text) makes the place clauses optional
   * clauses of the text query again, so that they match on their own, as before round s17.
   */
  static final String PLACE_RANKS_ONLY_PROPERTY = "wegwijs.index.placeRanksOnly";
  private static final JvmSetting<Boolean> PLACE_RANKS_ONLY =
      new JvmSetting<>(PLACE_RANKS_ONLY_PROPERTY, true, text -> switch (text) {
        case "true" -> true;
        case "false" -> false;
        default -> throw new IllegalArgumentException("not true or false");
      });

  private static List<String> limit(List<String> terms) {
    return terms.size() > MAX_WORDS ? terms.subList(0, MAX_WORDS) : terms;
  }

  /** Share of the non-best fields in a word's score; tuned on two thirds of the dev queries. */
  static final float TIE = 0.3f;
  /**
   * The fields every query word is searched in, with their weights. Audience (weight 0.3) is left
   * out: it moved no dev query and cost a sixth of the clauses.
   */
  static final Map<String, Float> ACROSS = Fields.WEIGHTS.entrySet().stream()
      .filter(e -> !e.getKey().equals(Fields.AUDIENCE))
      .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

  /**
   * Per query word (or synonym group) the best field wins, plus a small tie share of the others: a
   * common word that occurs in name, summary and body no longer scores three times, so the rarer
   * words of the query decide the ranking (the "cross fields" idea of BM25F, with the field weights).
   * All fields share one query analyzer, so their per-word clauses line up one to one.
   */
  private void addAcrossFields(BooleanQuery.Builder b, QueryBuilder qb, String text, float scale) {
    addAcrossFields(b, qb, text, scale, null);
  }

  private void addAcrossFields(BooleanQuery.Builder b, QueryBuilder qb, String text, float scale,
      @Nullable List<Query> needs) {
    List<List<Query>> columns = new ArrayList<>();
    List<Float> weights = new ArrayList<>();
    Query first = null;
    List<String> typed = null;
    for (Map.Entry<String, Float> field : ACROSS.entrySet()) {
      Query q = first == null ? null : FieldSwap.to(first, field.getKey());
      if (q == null) {
        q = qb.createBooleanQuery(field.getKey(), text, Occur.SHOULD);
        first = first == null ? q : first;
      }
      if (q != null && ConceptPhrases.appliesTo(field.getKey())) {
        typed = typed == null ? stems.terms(text) : typed;
        q = ConceptPhrases.leaveOutImplied(q, typed);
      }
      if (q != null) {
        columns.add(clauses(q));
        weights.add(field.getValue() * scale);
      }
    }
    if (columns.isEmpty()) {
      return;
    }
    int words = columns.getFirst().size();
    if (columns.stream().anyMatch(c -> c.size() != words)) {
      for (int f = 0; f < columns.size(); f++) {
        b.add(new BoostQuery(join(columns.get(f)), weights.get(f)), Occur.SHOULD);
      }
      return;
    }
    for (int w = 0; w < words; w++) {
      List<Query> perField = new ArrayList<>(columns.size());
      for (int f = 0; f < columns.size(); f++) {
        perField.add(new BoostQuery(columns.get(f).get(w), weights.get(f)));
      }
      DisjunctionMaxQuery word = new DisjunctionMaxQuery(perField, TIE);
      b.add(word, Occur.SHOULD);
      if (needs != null && !phrasingWord(columns.getFirst().get(w))) {
        needs.add(word);
      }
    }
  }

  /**
   * A word of a parent's phrasing that asked for a concept weighs less (a BoostQuery below 1) and
   * is no need of its own; a concept, also one a care word names at a lower weight, is one.
   */
  private static boolean phrasingWord(Query column) {
    if (!(column instanceof BoostQuery bq && bq.getBoost() < 1f)) {
      return false;
    }
    Set<Term> terms = new java.util.HashSet<>();
    column.visit(org.apache.lucene.search.QueryVisitor.termCollector(terms));
    return terms.stream().noneMatch(t -> WegwijsDutchAnalyzer.isConcept(t.text()));
  }

  private static List<Query> clauses(Query q) {
    if (q instanceof BooleanQuery bq && bq.clauses().stream().allMatch(c -> c.occur() == Occur.SHOULD)) {
      return bq.clauses().stream().map(c -> c.query()).toList();
    }
    return List.of(q);
  }

  private static Query join(List<Query> clauses) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    clauses.forEach(c -> b.add(c, Occur.SHOULD));
    return b.build();
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

  /**
   * kinderthuiszorg also finds "thuiszorg voor kinderen": all leaf parts must occur, in one of the
   * four fields (each field's conjunction is needed: leaving out any of them lowered nDCG@10).
   */
  private void addCompoundParts(BooleanQuery.Builder b, List<String> meaningful, Set<String> expansions) {
    for (String word : meaningful) {
      if (WegwijsDutchAnalyzer.isListedWord(word)) {
        // A listed word has a meaning of its own (jeugdhulp is not any help near youth): its parts
        // apart would match texts that only share them; its parts still match at index time.
        continue;
      }
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
