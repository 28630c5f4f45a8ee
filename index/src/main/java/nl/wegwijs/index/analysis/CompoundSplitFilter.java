package nl.wegwijs.index.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
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
  private final Deque<String> pending = new ArrayDeque<>();
  private State compoundState;

  CompoundSplitFilter(TokenStream input, CompoundSplitter splitter) {
    super(input);
    this.splitter = splitter;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(compoundState);
      term.setEmpty().append(pending.poll());
      posInc.setPositionIncrement(0);
      type.setType(PART_TYPE);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    pending.addAll(splitter.parts(term.toString()));
    if (!pending.isEmpty()) {
      compoundState = captureState();
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    compoundState = null;
  }
}
