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
 * Query time, before stop words go: everyday phrasings of parents ("ik trek het niet meer", "even
 * rust", "kind dat niet naar school gaat") add their concept tokens after the last word, as words
 * of their own. Stop words carry the meaning of such phrases, so they are still present
 * here. Queries are short, so the whole stream is read first.
 */
final class ConceptQueryFilter extends TokenFilter {
  /**
   * Each asked-for concept is emitted this many times (each a query word of its own): a phrase
   * such as "ik trek het niet meer" is the whole need, and as one term it weighed less than a
   * single incidental word beside it. 2 was tuned on two thirds of the dev queries (3 helped
   * those but not the held-out third).
   */
  static final int WEIGHT = 2;
  private final Concepts concepts;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final Deque<State> buffered = new ArrayDeque<>();
  private final Deque<String> asked = new ArrayDeque<>();
  private State last;
  private boolean read;

  ConceptQueryFilter(TokenStream input, Concepts concepts) {
    super(input);
    this.concepts = concepts;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!read) {
      read = true;
      List<String> stems = new ArrayList<>();
      while (input.incrementToken()) {
        stems.add(DutchStemFilter.stemOf(term.toString()));
        buffered.add(captureState());
      }
      for (String token : concepts.askedFor(stems)) {
        for (int i = 0; i < WEIGHT; i++) {
          asked.add(token);
        }
      }
      last = buffered.peekLast();
    }
    if (!buffered.isEmpty()) {
      restoreState(buffered.poll());
      return true;
    }
    if (!asked.isEmpty() && last != null) {
      restoreState(last);
      term.setEmpty().append(asked.poll());
      posInc.setPositionIncrement(1);
      keyword.setKeyword(true);
      type.setType(Concepts.TYPE);
      return true;
    }
    return false;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    buffered.clear();
    asked.clear();
    last = null;
    read = false;
  }
}
