package nl.wegwijs.index.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Undoes Dutch voicing that the Porter-style Snowball stemmer leaves behind: a stem ending in a
 * single z or v becomes s or f, so huizen (huiz) meets huis and verblijven (verblijv) meets
 * verblijf, palliatieve meets palliatief. Runs after the stemmer.
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
    int n = term.length();
    if (!keyword.isKeyword() && n >= 4) {
      char[] b = term.buffer();
      char last = b[n - 1];
      if ((last == 'z' || last == 'v') && b[n - 2] != last && isLetter(b[n - 2])) {
        b[n - 1] = last == 'z' ? 's' : 'f';
      }
    }
    return true;
  }

  private static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z';
  }
}
