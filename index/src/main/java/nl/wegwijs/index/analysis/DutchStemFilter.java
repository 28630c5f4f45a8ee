package nl.wegwijs.index.analysis;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * The Dutch stem of a word: diminutive stripped ({@link DutchDiminutiveFilter}), Snowball's Dutch
 * stemmer, then voicing and doubling undone ({@link DutchDevoicingFilter}). Stems are memoised in
 * one JVM-wide table: word frequencies are Zipfian, so indexing mostly hits the table and the
 * Snowball program (the hottest part of indexing in a JFR profile) runs once per distinct word.
 */
final class DutchStemFilter extends TokenFilter {
  private static final int CACHE_LIMIT = 500_000;
  private static final ConcurrentHashMap<String, String> STEMS = new ConcurrentHashMap<>();
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final DutchStemmer stemmer = new DutchStemmer();
  /** Stems by word per indexing thread, in front of the JVM-wide table. */
  private static final ThreadLocal<TokenMemo<char[]>> MEMO = TokenMemo.perThread();
  private final TokenMemo<char[]> memo;

  DutchStemFilter(TokenStream input) {
    this(input, false);
  }

  /** {@code memo}: keep stems in this thread's memo too (built in the thread that runs the chain). */
  DutchStemFilter(TokenStream input, boolean memo) {
    super(input);
    this.memo = memo ? MEMO.get() : TokenMemo.none();
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (keyword.isKeyword()) {
      return true;
    }
    char[] known = memo.get(term.buffer(), term.length());
    if (known != null) {
      term.copyBuffer(known, 0, known.length);
      return true;
    }
    String word = term.toString();
    String stem = STEMS.get(word);
    if (stem == null) {
      stem = stem(word);
      if (STEMS.size() > CACHE_LIMIT) {
        STEMS.clear();
      }
      STEMS.put(word, stem);
    }
    memo.put(term.buffer(), term.length(), stem.toCharArray());
    term.setEmpty().append(stem);
    return true;
  }

  private static final ThreadLocal<DutchStemmer> SHARED = ThreadLocal.withInitial(DutchStemmer::new);

  /** The stem of one folded word, as this filter would produce it (for rule matching). */
  static String stemOf(String word) {
    String stem = STEMS.get(word);
    return stem != null ? stem : stem(word, SHARED.get());
  }

  private String stem(String word) {
    return stem(word, stemmer);
  }

  private static String stem(String word, DutchStemmer stemmer) {
    char[] chars = word.toCharArray();
    int n = DutchDiminutiveFilter.stemLength(chars, chars.length);
    stemmer.setCurrent(chars, n);
    stemmer.stem();
    char[] b = stemmer.getCurrentBuffer().clone();
    return DutchDevoicingFilter.devoice(b, stemmer.getCurrentBufferLength());
  }
}
