package nl.wegwijs.index.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Index time: when a care phrase of {@code concepts.txt} ends at this token (stems, compound parts
 * included, so kinderthuiszorg counts as thuiszorg), its concept token is stacked on it. It needs
 * no look-ahead: it remembers the care words of the last few positions only.
 */
final class ConceptIndexFilter extends TokenFilter {
  private final Concepts concepts;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  /** Care words seen at the most recent positions, newest first (a position without any: empty). */
  private final Deque<List<String>> recent = new ArrayDeque<>();
  private final Deque<String> pending = new ArrayDeque<>();
  private State state;

  ConceptIndexFilter(TokenStream input, Concepts concepts) {
    super(input);
    this.concepts = concepts;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(state);
      term.setEmpty().append(pending.poll());
      posInc.setPositionIncrement(0);
      keyword.setKeyword(true);
      type.setType(Concepts.TYPE);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (posInc.getPositionIncrement() > 0 || recent.isEmpty()) {
      List<String> slot = recent.size() >= concepts.longestCare ? recent.pollLast() : new ArrayList<>(2);
      slot.clear();
      recent.addFirst(slot);
    }
    if (!concepts.careVocabulary.contains(term.buffer(), 0, term.length())) {
      return true;
    }
    String stem = term.toString();
    recent.peekFirst().add(stem);
    for (Concepts.Rule rule : concepts.careEndingIn(stem)) {
      if (endsHere(rule.stems())) {
        for (String token : rule.tokens()) { // a loop, not a stream: this runs for every care word indexed
          if (!pending.contains(token)) {
            pending.add(token);
          }
        }
      }
    }
    if (!pending.isEmpty()) {
      state = captureState();
    }
    return true;
  }

  private boolean endsHere(String[] stems) {
    if (stems.length > recent.size()) {
      return false;
    }
    var slots = recent.iterator();
    for (int k = stems.length - 1; k >= 0; k--) {
      if (!slots.next().contains(stems[k])) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    recent.clear();
    pending.clear();
    state = null;
  }
}
