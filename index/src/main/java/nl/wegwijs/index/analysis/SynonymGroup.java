package nl.wegwijs.index.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An editor's synonym: searching {@code query} also searches {@code words}, one way (the rule
 * {@code query => query, words} of synonyms.txt), so the words never reach an odd query. It works at
 * query time only, on top of the reviewed synonyms.txt.
 */
public record SynonymGroup(String query, List<String> words) {
  /** Words or phrases per group, the search text included: a group is a meaning, not a word list. */
  public static final int MAX_WORDS = 20;
  public static final int MAX_PHRASE_WORDS = 6;
  public static final int MAX_CHARS = 80;
  private static final Pattern SAFE = Pattern.compile("[\\p{L}\\p{N}' -]*");

  public SynonymGroup {
    words = List.copyOf(words);
  }

  /** Why this group cannot be used, or null when it can (see {@link QuerySynonyms#withEditorGroups}). */
  public @Nullable SynonymRefusal refusal() {
    List<String> all = phrases();
    if (query.isBlank() || all.size() < 2) {
      return SynonymRefusal.EMPTY;
    }
    if (all.size() > MAX_WORDS) {
      return SynonymRefusal.TOO_MANY;
    }
    WegwijsDutchAnalyzer stems = Lexicon.INSTANCE.stems;
    Set<List<String>> distinct = new HashSet<>();
    for (String phrase : all) {
      if (!SAFE.matcher(phrase).matches()) {
        return SynonymRefusal.OPERATORS;
      }
      if (phrase.length() > MAX_CHARS || phrase.split("\\s+").length > MAX_PHRASE_WORDS) {
        return SynonymRefusal.TOO_LONG;
      }
      List<String> terms = stems.terms(phrase);
      if (terms.isEmpty()) {
        return SynonymRefusal.ONLY_SMALL_WORDS;
      }
      distinct.add(terms);
    }
    return distinct.size() < 2 ? SynonymRefusal.ONE_WORD : null;
  }

  /** The search text first, then the words, stripped, blanks left out. */
  List<String> phrases() {
    List<String> out = new ArrayList<>(words.size() + 1);
    for (String p : words) {
      if (!p.isBlank()) {
        out.add(p.strip());
      }
    }
    if (!query.isBlank()) {
      out.addFirst(query.strip());
    }
    return out;
  }

  /** The group as a line of synonyms.txt; only for a group without {@link #refusal()}. */
  String rule() {
    List<String> all = phrases();
    return all.getFirst() + " => " + String.join(", ", all);
  }
}
