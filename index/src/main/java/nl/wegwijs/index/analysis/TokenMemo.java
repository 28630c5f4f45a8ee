package nl.wegwijs.index.analysis;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A memo of a pure function of one token's characters, owned by one thread (Lucene builds and
 * reuses an analyzer's filters per thread and field, and a thread runs one chain at a time), so it
 * needs no locking and one table serves all fields of a thread; the lookup works on the term
 * buffer itself: no String per token and no JVM-wide table whose entries are
 * spread over the heap (a ConcurrentHashMap lookup was most of the stemmer's time in a rebuild
 * profile). Direct-mapped like a CPU cache: a word has one slot and a newer word in that slot
 * replaces it, so a lookup is one hash and one comparison (Lucene's CharArrayMap, fuller and
 * probing, spent more in its comparisons than the memo saved) and the size never grows.
 */
final class TokenMemo<V> {
  /**
   * Slots per thread and function: a synthetic 100k catalogue has more than 4,096 distinct words
   * (place names), and 16,384 slots cost about 1.5 MB per indexing thread.
   */
  static final int INDEX_SLOTS = 16_384;
  private static final TokenMemo<?> NONE = new TokenMemo<>(0);
  private final char @Nullable [][] keys;
  private final Object[] values;
  private final int mask;

  /** {@code slots}: rounded up to a power of two; 0 memoises nothing. */
  TokenMemo(int slots) {
    int size = slots <= 0 ? 0 : Math.max(1, Integer.highestOneBit(slots - 1) << 1);
    this.keys = size == 0 ? null : new char[size][];
    this.values = new Object[size];
    this.mask = size - 1;
  }

  /** A memo that keeps nothing. */
  @SuppressWarnings("unchecked")
  static <V> TokenMemo<V> none() {
    return (TokenMemo<V>) NONE;
  }

  /** The calling thread's memo of {@code perThread}. */
  static <V> ThreadLocal<TokenMemo<V>> perThread() {
    return ThreadLocal.withInitial(() -> new TokenMemo<>(INDEX_SLOTS));
  }

  @SuppressWarnings("unchecked")
  @Nullable V get(char[] buffer, int length) {
    if (keys == null) {
      return null;
    }
    int slot = slot(buffer, length);
    char[] key = keys[slot];
    return key != null && Arrays.equals(key, 0, key.length, buffer, 0, length) ? (V) values[slot] : null;
  }

  void put(char[] buffer, int length, V value) {
    if (keys == null) {
      return;
    }
    int slot = slot(buffer, length);
    keys[slot] = Arrays.copyOf(buffer, length);
    values[slot] = value;
  }

  private int slot(char[] buffer, int length) {
    int h = 0;
    for (int i = 0; i < length; i++) {
      h = 31 * h + buffer[i];
    }
    // Spread the high bits down (as HashMap does, plus a multiply): words share endings.
    h *= 0x9E3779B9;
    return (h ^ (h >>> 16)) & mask;
  }
}
