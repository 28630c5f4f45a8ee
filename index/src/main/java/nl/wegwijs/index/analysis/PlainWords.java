package nl.wegwijs.index.analysis;

import java.util.Arrays;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.jspecify.annotations.Nullable;

/**
 * The plain words of one document's analysed texts, recorded while the index chain analyses them,
 * so that the fields holding the plain words of the same texts (name_exact: the name; all_plain:
 * every analysed text) replay them instead of tokenizing those texts a second time. The index
 * chain starts exactly like {@link WegwijsDutchAnalyzer.Mode#PLAIN} (char filter, tokenizer,
 * lowercase, folding), so the words it sees at that point are the plain chain's tokens; a replay
 * emits them one position apart, as the plain chain does. Those fields keep no positions, so the
 * order of the words does not matter, only each word and the count (frequencies and norms).
 *
 * <p>One recorder per thread: Lucene inverts a document's fields in the thread that adds it, one
 * field after the other in document order. A replay is handed out only when the recording is of
 * the same document and holds exactly the number of analysed values the caller expects before it;
 * in every other case (the reference chain records nothing, a document built in one thread and
 * added in another, a text beyond {@link #MAX_CHARS}) the caller analyses its text as before, so
 * the indexed words are the same either way.
 */
public final class PlainWords {
  private static final ThreadLocal<PlainWords> CURRENT = ThreadLocal.withInitial(PlainWords::new);
  /** Beyond this many characters of words a document is no longer recorded (bounded memory per thread). */
  static final int MAX_CHARS = 1 << 20;

  private char[] chars = new char[4096];
  private int[] ends = new int[512];
  private int words;
  private int used;
  /** The document being recorded, or -1. */
  private long document = -1;
  /** Analysed values recorded for it so far. */
  private int values;
  private boolean overflow;
  private final Replay replay = new Replay(this);

  private PlainWords() {}

  /** Starts recording {@code document} on this thread, dropping whatever was recorded before. */
  public static void begin(long document) {
    PlainWords r = CURRENT.get();
    r.document = document;
    r.values = 0;
    r.words = 0;
    r.used = 0;
    r.overflow = false;
  }

  /**
   * The recorded words of {@code document}, if exactly {@code values} analysed values of it have been
   * recorded on this thread; otherwise null, and the caller analyses its own text. The stream is
   * this thread's one replay, valid until the next call.
   */
  public static @Nullable TokenStream replay(long document, int values) {
    PlainWords r = CURRENT.get();
    if (r.document != document || r.values != values || r.overflow) {
      return null;
    }
    r.replay.limit = r.words;
    return r.replay;
  }

  /** Ends the recording of this thread (after the document's last replay). */
  public static void end() {
    CURRENT.get().document = -1;
  }

  static PlainWords current() {
    return CURRENT.get();
  }

  boolean recording() {
    return document >= 0 && !overflow;
  }

  void startValue() {
    values++;
  }

  void add(char[] buffer, int length) {
    if (used + length > MAX_CHARS) {
      overflow = true;
      return;
    }
    if (used + length > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + length));
    }
    if (words == ends.length) {
      ends = Arrays.copyOf(ends, ends.length * 2);
    }
    System.arraycopy(buffer, 0, chars, used, length);
    used += length;
    ends[words++] = used;
  }

  /** The recorded words as tokens, each one position after the previous (the plain chain's increments). */
  private static final class Replay extends TokenStream {
    private final PlainWords words;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private int next;
    private int limit;

    Replay(PlainWords words) {
      this.words = words;
    }

    @Override
    public boolean incrementToken() {
      if (next >= limit) {
        return false;
      }
      clearAttributes();
      int start = next == 0 ? 0 : words.ends[next - 1];
      term.copyBuffer(words.chars, start, words.ends[next] - start);
      next++;
      return true;
    }

    @Override
    public void reset() {
      next = 0;
    }
  }
}
