package nl.wegwijs.index.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Undoes Dutch voicing and doubling that the Porter-style Snowball stemmer leaves behind: a stem
 * ending in a single z or v becomes s or f, so huizen (huiz) meets huis and verblijven (verblijv)
 * meets verblijf, palliatieve meets palliatief; a doubled final consonant is single again, so
 * zussen (zuss) meets zus and brussen meets brus. The irregular plural kinderen (stem kinder, also
 * the first part of many compounds) meets kind. Runs after the stemmer.
 */
final class DutchDevoicingFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  DutchDevoicingFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keyword.isKeyword()) {
      String out = devoice(term.buffer(), term.length());
      term.setEmpty().append(out);
    }
    return true;
  }

  /** The devoiced, undoubled form of the stem in {@code b[0..n)}. */
  static String devoice(char[] b, int n) {
    if (n >= 4) {
      char last = b[n - 1];
      if ((last == 'z' || last == 'v') && b[n - 2] != last && isLetter(b[n - 2])) {
        b[n - 1] = last == 'z' ? 's' : 'f';
      } else if (last == b[n - 2] && isLetter(last) && "aeiou".indexOf(last) < 0) {
        n--;
      } else if (n == 6 && new String(b, 0, 6).equals("kinder")) {
        n = 4;
      }
    }
    return new String(b, 0, n);
  }

  private static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z';
  }
}
