package nl.wegwijs.index.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits a Dutch compound into dictionary words that cover it entirely, with an optional linking
 * "s" or "e" between parts (ervaring-s-deskundige). Whole coverage is what keeps the substring trap
 * closed: "ademhalingsondersteuning" splits into ademhaling + ondersteuning and never yields "sonde".
 * The split with the fewest parts wins; each part is split again, so kinderthuiszorg gives kinder,
 * thuiszorg, thuis and zorg.
 */
final class CompoundSplitter {
  static final int MIN_COMPOUND = 6;
  private static final int MIN_PART = 3;
  private static final String[] LINKS = {"", "s", "e"};
  /** Plural and inflection endings a last part may carry: huizen, verblijven, teams, zieke. */
  private static final String[] ENDINGS = {"en", "s", "n", "e", "'s"};
  /** Splits are cached: word frequencies are Zipfian, so indexing mostly hits the cache. */
  private static final int CACHE_LIMIT = 200_000;
  private final Set<String> words;
  private final java.util.concurrent.ConcurrentHashMap<String, List<String>> cache = new java.util.concurrent.ConcurrentHashMap<>();

  CompoundSplitter(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  /** Whether the word list names {@code word} itself (thuiszorg, jeugdhulp), not only its parts. */
  boolean isListed(String word) {
    return words.contains(word);
  }

  /** The distinct parts of {@code word} (lowercase, folded), or an empty list when it is no compound. */
  List<String> parts(String word) {
    if (word.length() < MIN_COMPOUND) {
      return List.of();
    }
    List<String> cached = cache.get(word);
    if (cached != null) {
      return cached;
    }
    if (cache.size() > CACHE_LIMIT) {
      cache.clear();
    }
    List<String> computed = compute(word);
    cache.put(word, computed);
    return computed;
  }

  private List<String> compute(String word) {
    Set<String> out = new LinkedHashSet<>();
    collect(word, out, 0);
    out.remove(word);
    return List.copyOf(out);
  }

  private void collect(String word, Set<String> out, int depth) {
    List<String> split = bestSplit(word);
    if (split == null || depth > 3) {
      return;
    }
    for (String part : split) {
      out.add(part);
      collect(part, out, depth + 1);
    }
  }

  private List<String> bestSplit(String word) {
    if (word.length() < MIN_COMPOUND || !word.chars().allMatch(Character::isLetter)) {
      return null;
    }
    @SuppressWarnings("unchecked")
    List<String>[] best = new List[word.length() + 1];
    best[word.length()] = List.of();
    for (int start = word.length() - MIN_PART; start >= 0; start--) {
      best[start] = bestFrom(word, start, best);
    }
    List<String> result = best[0];
    return result != null && result.size() >= 2 ? result : null;
  }

  /** The dictionary word behind an inflected last part (huizen: huis), or null. */
  private String inflectedWord(String tail) {
    for (String ending : ENDINGS) {
      if (tail.length() > ending.length() + 2 && tail.endsWith(ending)) {
        String base = tail.substring(0, tail.length() - ending.length());
        for (String candidate : List.of(base, devoice(base), undouble(base))) {
          if (words.contains(candidate) && !words.contains(tail)) {
            return candidate;
          }
        }
      }
    }
    return null;
  }

  private static String devoice(String s) {
    char last = s.charAt(s.length() - 1);
    return last == 'z' ? s.substring(0, s.length() - 1) + 's' : last == 'v' ? s.substring(0, s.length() - 1) + 'f' : s;
  }

  /** verenigingen is fine, but teams, zitters; plus groepen from groep and huizen, and ziekten. */
  private static String undouble(String s) {
    int n = s.length();
    return n > 3 && s.charAt(n - 1) == s.charAt(n - 2) ? s.substring(0, n - 1) : s;
  }

  private List<String> bestFrom(String word, int start, List<String>[] best) {
    List<String> winner = null;
    if (start > 0) {
      String last = inflectedWord(word.substring(start));
      if (last != null) {
        winner = List.of(last);
      }
    }
    for (int end = word.length(); end >= start + MIN_PART; end--) {
      if ((start == 0 && end == word.length()) || !words.contains(word.substring(start, end))) {
        continue;
      }
      for (String link : LINKS) {
        int next = end + link.length();
        boolean linkFits = link.isEmpty() || (next < word.length() && word.startsWith(link, end));
        if (linkFits && best[next] != null && (winner == null || best[next].size() + 1 < winner.size())) {
          List<String> candidate = new ArrayList<>(best[next].size() + 1);
          candidate.add(word.substring(start, end));
          candidate.addAll(best[next]);
          winner = candidate;
        }
      }
    }
    return winner;
  }
}
