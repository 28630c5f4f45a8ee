package nl.wegwijs.index.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.wegwijs.index.analysis.WegwijsDutchAnalyzer;
import nl.wegwijs.index.indexing.Fields;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.jspecify.annotations.Nullable;

/**
 * Typo fallback: only words the catalogue does not contain are corrected (from the catalogue's own
 * words, by edit distance), so fuzzy matching never dilutes a query whose words all exist.
 */
final class Spelling {
  private static final int MIN_LENGTH = 5;
  /** The shortest word whose two-edit corrections can pass the checkers' accuracy (see correct). */
  static final int TWO_EDITS_FROM = 10;
  static final int FUZZY_PREFIX = 2;
  static final int FUZZY_EXPANSIONS = 10;
  private static final List<String> STEM_FIELDS = List.of(Fields.NAME, Fields.CATEGORIES, Fields.SUMMARY, Fields.BODY);
  /** One edit first: its automaton is far cheaper than two edits', and it fixes most typos. */
  private final DirectSpellChecker oneEdit = newChecker(1);
  private final DirectSpellChecker twoEdits = newChecker(2);
  private final WegwijsDutchAnalyzer stems = new WegwijsDutchAnalyzer(WegwijsDutchAnalyzer.Mode.QUERY_EXACT);

  record Correction(String text, List<String> changedWords, List<Query> fuzzy) {}

  private static DirectSpellChecker newChecker(int maxEdits) {
    DirectSpellChecker c = new DirectSpellChecker();
    c.setMaxEdits(maxEdits);
    c.setMinQueryLength(MIN_LENGTH);
    c.setAccuracy(0.78f);
    return c;
  }

  /** An inflected form of a catalogue word (thuiszitter for thuiszitters) is no typo. */
  private boolean stemIsKnown(String word, IndexReader reader) throws IOException {
    for (String stem : stems.terms(word)) {
      for (String field : STEM_FIELDS) {
        if (reader.docFreq(new Term(field, stem)) > 0) {
          return true;
        }
      }
    }
    return false;
  }

  @Nullable Correction correct(List<String> typed, IndexReader reader) throws IOException {
    List<String> fixed = new ArrayList<>(typed.size());
    List<String> changed = new ArrayList<>();
    List<Query> fuzzy = new ArrayList<>();
    for (String word : typed) {
      Term term = new Term(Fields.ALL_PLAIN, word);
      if (word.length() < MIN_LENGTH || !word.chars().allMatch(Character::isLetter) || reader.docFreq(term) > 0
          || stemIsKnown(word, reader)) {
        fixed.add(word);
        continue;
      }
      // Two edits only pass the 0.78 accuracy from 10 letters on (a candidate's score is 1 - edits /
      // the shorter length, and 1 - 2/9 is below it), so shorter words need only the one-edit
      // automaton. A two-edit checker tries one edit first itself and keeps a one-edit candidate
      // above any two-edit one, so it alone gives what one edit then two edits gave, with one
      // automaton walk of the terms less (a zero-hit typo built three, then the fuzzy clause's).
      DirectSpellChecker checker = word.length() >= TWO_EDITS_FROM ? twoEdits : oneEdit;
      SuggestWord[] best = checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      if (best.length > 0) {
        fixed.add(best[0].string);
        changed.add(best[0].string);
      } else {
        // Fuzzy matching only as the last resort: a found correction is searched as plain terms.
        // Cheap limits: the first two letters fixed (typos rarely start a word) and 10 expansions.
        fuzzy.add(new FuzzyQuery(term, word.length() > 6 ? 2 : 1, FUZZY_PREFIX, FUZZY_EXPANSIONS, true));
        fixed.add(word);
      }
    }
    return fuzzy.isEmpty() && changed.isEmpty() ? null : new Correction(String.join(" ", fixed), changed, fuzzy);
  }
}
