package nl.wegwijs.index.analysis;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;
import org.jspecify.annotations.Nullable;

/**
 * Lucene's MappingCharFilter for a map whose keys are single characters and whose replacements
 * are one character or none, with the same output and the same offset corrections, but a table
 * lookup per character instead of an FST walk and a rolling buffer per character (the char
 * filter was about a twentieth of a rebuild in a JFR profile). {@code IndexAnalysisIdentityTest}
 * compares both on the whole catalogue.
 */
final class SingleCharFilter extends BaseCharFilter {
  /** Table value for a character that is dropped. */
  static final char DROP = '\uFFFF';
  private final char[] table;
  private int dropped;
  private int written;

  /** {@code table[c]}: what {@code c} becomes ({@link #DROP}: nothing); characters past its end stay. */
  SingleCharFilter(char[] table, Reader in) {
    super(in);
    this.table = table;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    while (true) {
      int n = input.read(cbuf, off, len);
      if (n <= 0) {
        return n == 0 ? 0 : -1;
      }
      int w = off;
      for (int i = off; i < off + n; i++) {
        char c = cbuf[i];
        char m = c < table.length ? table[c] : c;
        if (m == DROP) {
          // As MappingCharFilter records a shorter replacement: at the output offset, the
          // cumulative number of characters removed so far.
          addOffCorrectMap(written, ++dropped);
        } else {
          cbuf[w++] = m;
          written++;
        }
      }
      if (w > off) {
        return w - off;
      }
      // Every character read was dropped: read on, a Reader returns at least one or -1.
    }
  }

  @Override
  public int read() throws IOException {
    char[] one = new char[1];
    return read(one, 0, 1) == -1 ? -1 : one[0];
  }

  /** The table for these single-character mappings ({@code to} empty: drop), or null if one does not fit. */
  static char @Nullable [] table(String[][] mappings) {
    int max = 0;
    for (String[] m : mappings) {
      if (m[0].length() != 1 || m[1].length() > 1 || m[0].charAt(0) == DROP || m[1].equals(String.valueOf(DROP))) {
        return null;
      }
      max = Math.max(max, m[0].charAt(0));
    }
    char[] table = new char[max + 1];
    for (int c = 0; c <= max; c++) {
      table[c] = (char) c;
    }
    for (String[] m : mappings) {
      table[m[0].charAt(0)] = m[1].isEmpty() ? DROP : m[1].charAt(0);
    }
    return table;
  }
}
