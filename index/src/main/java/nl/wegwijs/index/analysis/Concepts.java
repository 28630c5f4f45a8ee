package nl.wegwijs.index.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The care concepts of {@code concepts.txt}: which care words give a document a concept token
 * (index time) and which everyday phrasings of parents ask for it (query time). One concept token
 * stands for a whole family of provisions, so "ik trek het niet meer" becomes one extra query term
 * instead of dozens of phrase expansions.
 */
final class Concepts {
  /** Concept tokens start with a character the tokenizer never emits, so no text word collides. */
  static final String PREFIX = "§";
  static final String TYPE = "CONCEPT";
  /** A phrasing line for "-" asks for no concept: its words only weigh less ("in het nederlands"). */
  static final String NO_CONCEPT = "-";

  /** One phrase (stems, in order) that yields the given concept tokens; {@code atEnd}: only as the last words. */
  record Rule(String[] stems, List<String> tokens, boolean atEnd) {}

  private final Map<String, List<Rule>> careByLastStem = new HashMap<>();
  private final Map<String, List<Rule>> phrasingByFirstStem = new HashMap<>();
  /**
   * Looked up for every token indexed, and most tokens are no care word: sparse (a few hundred
   * stems in 16k slots), so a miss ends at the first empty slot instead of probing a full table.
   */
  final CharArraySet careVocabulary = new CharArraySet(8192, false);
  int longestCare = 1;
  private final Function<String, List<String>> plainWords;

  /**
   * @param text the file: {@code name = care words, ...} and {@code name name <= phrasing, ...}
   * @param careStems how a care phrase is analysed at index time (stop words out, stems)
   * @param plainWords how query text is read before stop words go (lowercase, accents folded)
   */
  Concepts(String text, Function<String, List<String>> careStems, Function<String, List<String>> plainWords) {
    this.plainWords = plainWords;
    for (String raw : text.split("\n")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      boolean phrasing = line.contains("<=");
      String[] sides = line.split(phrasing ? "<=" : "=", 2);
      if (sides.length != 2) {
        throw new IllegalStateException("concepts.txt: no '=' or '<=' in: " + line);
      }
      List<String> tokens = new ArrayList<>();
      for (String name : sides[0].strip().split("\\s+")) {
        if (!name.equals(NO_CONCEPT)) {
          tokens.add(PREFIX + name);
        }
      }
      for (String phrase : sides[1].split(",")) {
        if (phrase.isBlank()) {
          continue;
        }
        if (phrasing) {
          addPhrasing(phrase, tokens);
        } else {
          addCare(careStems.apply(phrase), tokens, phrase);
        }
      }
    }
  }

  private void addCare(List<String> stems, List<String> tokens, String phrase) {
    if (stems.isEmpty()) {
      throw new IllegalStateException("concepts.txt: care phrase without words: " + phrase);
    }
    careVocabulary.addAll(stems);
    longestCare = Math.max(longestCare, stems.size());
    careByLastStem.computeIfAbsent(stems.getLast(), k -> new ArrayList<>())
        .add(new Rule(stems.toArray(String[]::new), tokens, false));
  }

  /** Phrasing keeps its stop words ("trek het niet meer"); a final "$": only at the end of the search. */
  private void addPhrasing(String phrase, List<String> tokens) {
    String text = phrase.strip();
    boolean atEnd = text.endsWith("$");
    List<String> stems = new ArrayList<>();
    for (String word : plainWords.apply(atEnd ? text.substring(0, text.length() - 1) : text)) {
      stems.add(DutchStemFilter.stemOf(word));
    }
    if (stems.isEmpty()) {
      throw new IllegalStateException("concepts.txt: phrasing without words: " + phrase);
    }
    phrasingByFirstStem.computeIfAbsent(stems.getFirst(), k -> new ArrayList<>())
        .add(new Rule(stems.toArray(String[]::new), tokens, atEnd));
  }

  /** Care rules whose phrase ends in {@code stem}. */
  List<Rule> careEndingIn(String stem) {
    return careByLastStem.getOrDefault(stem, List.of());
  }

  /**
   * The concepts whose care words the query itself names: per position (stop words out) the stem
   * of the word and of its compound parts, as the index filter sees the text.
   */
  Set<String> named(List<List<String>> positions) {
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < positions.size(); i++) {
      for (String stem : positions.get(i)) {
        for (Rule r : careEndingIn(stem)) {
          int start = i - r.stems().length + 1;
          boolean all = start >= 0;
          for (int k = 0; k < r.stems().length - 1 && all; k++) {
            all = positions.get(start + k).contains(r.stems()[k]);
          }
          if (all) {
            out.addAll(r.tokens());
          }
        }
      }
    }
    return out;
  }

  /** The concept tokens the parents' phrasing in {@code stems} (all words, stop words too) asks for. */
  Set<String> askedFor(List<String> stems) {
    return askedFor(stems, new boolean[stems.size()]);
  }

  /** As {@link #askedFor(List)}, and marks in {@code covered} the words of every multi-word phrasing that fired. */
  Set<String> askedFor(List<String> stems, boolean[] covered) {
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < stems.size(); i++) {
      for (Rule r : phrasingByFirstStem.getOrDefault(stems.get(i), List.of())) {
        int end = i + r.stems().length;
        if (end > stems.size() || (r.atEnd() && end < stems.size())) {
          continue;
        }
        boolean all = true;
        for (int k = 1; k < r.stems().length && all; k++) {
          all = r.stems()[k].equals(stems.get(i + k));
        }
        if (all) {
          out.addAll(r.tokens());
          if (r.stems().length > 1) {
            // A phrase's words yield to its concept; a single word (broertje, syndroom) that asks
            // for one is itself the need and keeps its weight.
            Arrays.fill(covered, i, end, true);
          }
        }
      }
    }
    return out;
  }
}
