package nl.wegwijs.index.query;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;
import java.util.Locale;

/**
 * The JDK's sentence boundaries of a text, found once going forward and then answered from a table.
 * The highlighter asks {@code preceding} and {@code following} around every passage, and the JDK's
 * rule-based iterator answers {@code preceding} by scanning backwards and re-synchronising, a quarter
 * of highlighting in a JFR profile of the search API. The boundaries are those of
 * {@code BreakIterator.getSentenceInstance(Locale.ROOT)}, the highlighter's default, for every offset
 * (SentenceBoundariesTest), so the snippets stay the same.
 */
final class SentenceBoundaries extends BreakIterator {
  private final BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
  private CharacterIterator text = new StringCharacterIterator("");
  private int[] bounds = {0};
  private int count = 1;
  private int at;

  @Override
  public void setText(String newText) {
    setText(new StringCharacterIterator(newText));
  }

  @Override
  public void setText(CharacterIterator newText) {
    text = newText;
    sentences.setText(newText);
    count = 0;
    for (int b = sentences.first(); b != DONE; b = sentences.next()) {
      if (count == bounds.length) {
        bounds = Arrays.copyOf(bounds, count * 2);
      }
      bounds[count++] = b;
    }
    at = 0;
  }

  @Override
  public CharacterIterator getText() {
    return text;
  }

  @Override
  public int first() {
    at = 0;
    return bounds[0];
  }

  @Override
  public int last() {
    at = count - 1;
    return bounds[at];
  }

  @Override
  public int next(int n) {
    int result = current();
    for (; n > 0 && result != DONE; n--) {
      result = next();
    }
    for (; n < 0 && result != DONE; n++) {
      result = previous();
    }
    return result;
  }

  @Override
  public int next() {
    if (at == count - 1) {
      return DONE;
    }
    return bounds[++at];
  }

  @Override
  public int previous() {
    if (at == 0) {
      return DONE;
    }
    return bounds[--at];
  }

  /** The first boundary after {@code offset}; DONE (and at the last boundary) when there is none. */
  @Override
  public int following(int offset) {
    check(offset);
    int i = Arrays.binarySearch(bounds, 0, count, offset);
    i = i >= 0 ? i + 1 : -i - 1;
    if (i >= count) {
      at = count - 1;
      return DONE;
    }
    at = i;
    return bounds[i];
  }

  /** The last boundary before {@code offset}; DONE (and at the first boundary) when there is none. */
  @Override
  public int preceding(int offset) {
    check(offset);
    int i = Arrays.binarySearch(bounds, 0, count, offset);
    i = (i >= 0 ? i : -i - 1) - 1;
    if (i < 0) {
      at = 0;
      return DONE;
    }
    at = i;
    return bounds[i];
  }

  @Override
  public int current() {
    return bounds[at];
  }

  private void check(int offset) {
    if (offset < text.getBeginIndex() || offset > text.getEndIndex()) {
      throw new IllegalArgumentException("offset out of bounds");
    }
  }
}
