package nl.wegwijs.index.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Strips the Dutch diminutive, which Snowball's Dutch stemmer leaves alone: broertjes meets broer,
 * zusje meets zus, kindje meets kind, balletje meets bal, ringetje meets ring. Runs before the
 * stemmer. "-je" after an i (vrije, blije: adjective + e) is no diminutive and stays.
 */
final class DutchDiminutiveFilter extends TokenFilter {
  private static final int MIN_STEM = 3;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  DutchDiminutiveFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keyword.isKeyword()) {
      term.setLength(stemLength(term.buffer(), term.length()));
    }
    return true;
  }

  /** The length of {@code b} without its diminutive ending (or {@code n} when it has none). */
  static int stemLength(char[] b, int n) {
    int end = n;
    if (end > 1 && b[end - 1] == 's' && b[end - 2] == 'e' && end > 3 && b[end - 3] == 'j') {
      end--; // -jes: the plural of the diminutive
    }
    if (end < 2 || b[end - 1] != 'e' || b[end - 2] != 'j') {
      return n;
    }
    int stem = end - 2; // before "je"
    if (stem > 0 && b[stem - 1] == 'i') {
      return n;
    }
    if (stem > 0 && (b[stem - 1] == 't' || b[stem - 1] == 'p')) {
      int base = stem - 1; // -tje, -pje
      if (base >= 1 && b[base - 1] == 'e' && base >= 3 && (isDoubled(b, base - 1) || endsWithNg(b, base - 1))) {
        base = isDoubled(b, base - 1) ? base - 2 : base - 1; // balletje: bal, ringetje: ring
      }
      // -pje stays part of the word when the base ends in m (boompje: boom); otherwise drop it too.
      if (b[stem - 1] == 'p' && !(base >= 1 && b[base - 1] == 'm')) {
        return n;
      }
      return base >= MIN_STEM ? base : n;
    }
    return stem >= MIN_STEM ? stem : n; // zusje: zus, kindje: kind
  }

  private static boolean isDoubled(char[] b, int end) {
    return end >= 2 && b[end - 1] == b[end - 2] && "aeiou".indexOf(b[end - 1]) < 0;
  }

  private static boolean endsWithNg(char[] b, int end) {
    return end >= 2 && b[end - 1] == 'g' && b[end - 2] == 'n';
  }
}
