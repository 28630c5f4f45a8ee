package nl.wegwijs.index.analysis;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/** Emits the parts of a compound at the compound's own position, after the compound itself. */
final class CompoundSplitFilter extends TokenFilter {
  static final String PART_TYPE = "COMPOUND_PART";
  private final CompoundSplitter splitter;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  /** The parts still to emit: pending.subList(next, size); the splitter's lists are immutable and shared. */
  private List<String> pending = List.of();
  private int next;
  /** Parts by word per indexing thread, in front of the splitter's own table (one splitter: Lexicon's). */
  private static final ThreadLocal<TokenMemo<List<String>>> MEMO = TokenMemo.perThread();
  private final TokenMemo<List<String>> memo;
  private State compoundState;

  CompoundSplitFilter(TokenStream input, CompoundSplitter splitter) {
    this(input, splitter, false);
  }

  /** {@code memo}: keep parts in this thread's memo too; only for {@link Lexicon#INSTANCE}'s splitter. */
  CompoundSplitFilter(TokenStream input, CompoundSplitter splitter, boolean memo) {
    super(input);
    this.splitter = splitter;
    this.memo = memo ? MEMO.get() : TokenMemo.none();
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (next < pending.size()) {
      restoreState(compoundState);
      term.setEmpty().append(pending.get(next++));
      posInc.setPositionIncrement(0);
      type.setType(PART_TYPE);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (term.length() < CompoundSplitter.MIN_COMPOUND) {
      return true; // no compound, and no String made to find that out
    }
    List<String> parts = memo.get(term.buffer(), term.length());
    if (parts == null) {
      parts = splitter.parts(term.toString());
      memo.put(term.buffer(), term.length(), parts);
    }
    // Kept, not copied into a deque: an addAll per token was 3% of a rebuild's profile.
    pending = parts;
    next = 0;
    if (!parts.isEmpty()) {
      compoundState = captureState();
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = List.of();
    next = 0;
    compoundState = null;
  }
}
