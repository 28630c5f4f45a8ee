package nl.wegwijs.index.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.search.BoostAttribute;

/**
 * Query time, before stop words go: everyday phrasings of parents ("ik trek het niet meer", "even
 * rust", "kind dat niet naar school gaat") add their concept tokens after the last word, as words
 * of their own, and the words of the phrasing weigh less ({@link #PHRASING_WORD_WEIGHT}). A care
 * word of the query names its concept too, at a lower weight ({@link #NAMED_WEIGHT}). Stop words
 * carry the meaning of such phrases, so they are still present here. Queries are short, so the
 * whole stream is read first.
 */
final class ConceptQueryFilter extends TokenFilter {
  /**
   * Each asked-for concept is emitted this many times (each a query word of its own): a phrase
   * such as "ik trek het niet meer" is the whole need, and as one term it weighed less than a
   * single incidental word beside it. 2 was tuned on two thirds of the dev queries (3 helped
   * those but not the held-out third).
   */
  static final int WEIGHT = 2;
  /**
   * The words of a phrasing that fired weigh this much (QueryBuilder reads the BoostAttribute): in
   * "kind dat niet naar school gaat" the need is the concept (thuiszitten), not every entry that
   * mentions a school, and in "ik trek het niet meer als moeder" not every entry about mothers.
   * 0.5 was measured on two thirds of the dev queries (0.25 was no better); the words still count,
   * so a phrasing that is also an entry's own wording keeps its match.
   */
  static final float PHRASING_WORD_WEIGHT = 0.5f;
  /**
   * A care word in the query (rouwverwerking, vakantiekamp) also asks for its concept, once and at
   * this weight: entries of the same family that use another word (ouderbegeleiding, zomerkamp)
   * then rank among the hits, below those that say the word itself. 0.5 was measured on two thirds
   * of the dev queries (0.3 and 1 were no better on both thirds together).
   */
  static final float NAMED_WEIGHT = 0.5f;
  private final Concepts concepts;
  private final CharArraySet stopWords;
  private final CompoundSplitter splitter;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final BoostAttribute boost = addAttribute(BoostAttribute.class);
  private final Deque<State> buffered = new ArrayDeque<>();
  private final Deque<String> asked = new ArrayDeque<>();
  private final Deque<Float> askedBoost = new ArrayDeque<>();
  private State last;
  private boolean read;

  ConceptQueryFilter(TokenStream input, Concepts concepts, CharArraySet stopWords, CompoundSplitter splitter) {
    super(input);
    this.concepts = concepts;
    this.stopWords = stopWords;
    this.splitter = splitter;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!read) {
      read = true;
      List<String> stems = new ArrayList<>();
      List<State> states = new ArrayList<>();
      List<List<String>> content = new ArrayList<>();
      while (input.incrementToken()) {
        String word = term.toString();
        stems.add(DutchStemFilter.stemOf(word));
        states.add(captureState());
        if (!stopWords.contains(word)) {
          List<String> position = new ArrayList<>();
          position.add(stems.getLast());
          splitter.parts(word).forEach(p -> position.add(DutchStemFilter.stemOf(p)));
          content.add(position);
        }
      }
      boolean[] covered = new boolean[stems.size()];
      Set<String> tokens = concepts.askedFor(stems, covered);
      for (int i = 0; i < states.size(); i++) {
        if (covered[i]) {
          restoreState(states.get(i));
          boost.setBoost(PHRASING_WORD_WEIGHT);
          states.set(i, captureState());
        }
        buffered.add(states.get(i));
      }
      for (String token : tokens) {
        for (int i = 0; i < WEIGHT; i++) {
          asked.add(token);
          askedBoost.add(1f);
        }
      }
      for (String token : concepts.named(content)) {
        if (!tokens.contains(token)) {
          asked.add(token);
          askedBoost.add(NAMED_WEIGHT);
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
      boost.setBoost(askedBoost.poll());
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
    askedBoost.clear();
    last = null;
    read = false;
  }
}
