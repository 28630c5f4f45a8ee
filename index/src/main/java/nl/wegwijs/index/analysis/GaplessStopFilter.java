package nl.wegwijs.index.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Drops stop words without leaving a position gap. Lucene's StopFilter keeps the gap, which the
 * synonym parser rejects (a rule token with position increment 2), so "syndroom van down" could not
 * be a rule; without the gap the rule, the index and the query all read "syndroom down".
 */
final class GaplessStopFilter extends TokenFilter {
  private final CharArraySet stopWords;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  GaplessStopFilter(TokenStream input, CharArraySet stopWords) {
    super(input);
    this.stopWords = stopWords;
  }

  @Override
  public boolean incrementToken() throws IOException {
    while (input.incrementToken()) {
      if (!stopWords.contains(term.buffer(), 0, term.length())) {
        return true;
      }
    }
    return false;
  }
}
