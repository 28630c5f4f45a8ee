package nl.wegwijs.index.analysis;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Lucene's RemoveDuplicatesTokenFilter (a term stacked twice on one position is indexed once),
 * with the few terms of the current position kept in a small array: the Lucene filter clears a
 * hash set at every position and copies every term, a twentieth of the index chain in a profile.
 */
final class DistinctTermsFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  /** Terms seen at the current position (their first {@code lengths[i]} chars). */
  private char[][] seen = new char[8][16];
  private int[] lengths = new int[8];
  private int count;

  DistinctTermsFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    while (input.incrementToken()) {
      char[] buffer = term.buffer();
      int length = term.length();
      if (posInc.getPositionIncrement() > 0) {
        count = 0;
      } else if (seenHere(buffer, length)) {
        continue;
      }
      remember(buffer, length);
      return true;
    }
    return false;
  }

  private boolean seenHere(char[] buffer, int length) {
    for (int i = 0; i < count; i++) {
      if (lengths[i] == length && Arrays.equals(seen[i], 0, length, buffer, 0, length)) {
        return true;
      }
    }
    return false;
  }

  private void remember(char[] buffer, int length) {
    if (count == seen.length) {
      seen = Arrays.copyOf(seen, count * 2);
      lengths = Arrays.copyOf(lengths, count * 2);
    }
    if (seen[count] == null || seen[count].length < length) {
      seen[count] = new char[Math.max(16, length)];
    }
    System.arraycopy(buffer, 0, seen[count], 0, length);
    lengths[count++] = length;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    count = 0;
  }
}
