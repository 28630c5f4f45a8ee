package nl.wegwijs.index.query;

import java.util.List;
import java.util.Set;
import nl.wegwijs.index.analysis.WegwijsDutchAnalyzer;
import nl.wegwijs.index.indexing.Fields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/**
 * A text in the first person ("mijn dochter ...", "wie regelt alles voor ons?") is a parent
 * speaking about their own family; material written only for professionals (an audience of
 * beleidsmakers, gemeenten, zorgaanbieders, and no parent, family or child in it) serves them less
 * than help they can use themselves. The catalogue's audience field says who an entry is for, so
 * this reads it; the rescore multiplies such entries among the top hits by a factor below one.
 */
final class SpeakingParent {
  /** First-person words; all are stop words, so they are read from the plain words of the text. */
  private static final Set<String> FIRST_PERSON = Set.of("ik", "mijn", "m'n", "me", "mij", "ons", "onze", "wij", "we");
  /** Who professional material is written for, as audience fields name them. */
  private static final List<String> PROFESSIONALS = List.of("professionals", "zorgprofessionals", "beleidsmakers",
      "beleidsmedewerkers", "bestuurders", "managers", "gemeenten", "zorgaanbieders", "zorgverleners", "aanbieders",
      "organisaties", "onderzoekers", "ziekenhuizen", "thuiszorgorganisaties", "werkgevers", "huisartsen", "verwijzers",
      "financiers", "hulpverleners", "samenwerkingspartners", "scholen", "leerkrachten", "zorgverzekeraars");
  /** Words of an audience that includes the family itself. */
  private static final List<String> FAMILY = List.of("ouders", "ouder", "gezinnen", "gezin", "kinderen", "kind",
      "jongeren", "jeugdigen", "moeders", "vaders", "pleegouders", "mantelzorgers", "brussen", "broers", "zussen",
      "leerlingen", "inwoners", "iedereen", "mensen", "naasten", "patiënten", "cliënten");

  private SpeakingParent() {}

  /** Entries for professionals only, when {@code plainWords} (stop words kept) speak in the first person; else null. */
  static @Nullable Query professionalOnly(List<String> plainWords, WegwijsDutchAnalyzer stems) {
    if (plainWords.stream().noneMatch(FIRST_PERSON::contains)) {
      return null;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String w : PROFESSIONALS) {
      stems.terms(w).forEach(s -> b.add(new TermQuery(new Term(Fields.AUDIENCE, s)), Occur.SHOULD));
    }
    for (String w : FAMILY) {
      stems.terms(w).forEach(s -> b.add(new TermQuery(new Term(Fields.AUDIENCE, s)), Occur.MUST_NOT));
    }
    return b.setMinimumNumberShouldMatch(1).build();
  }
}
