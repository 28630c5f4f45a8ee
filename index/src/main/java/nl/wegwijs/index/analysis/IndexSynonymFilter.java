package nl.wegwijs.index.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.wegwijs.index.JvmSetting;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.util.IntsRef;
import org.apache.lucene.util.fst.IntsRefFSTEnum;

/**
 * Index time: the abbreviation rules, flattened, as {@code FlattenGraphFilter(SynonymGraphFilter)}
 * would apply them, but the pair only sees the stretches of a text that can hold a match: from a
 * word that starts a rule up to the first word that lies more than a rule's length beyond the last
 * such word. Outside those stretches no rule can match (a rule matches from its first word on and
 * spans at most {@code longestRule} words), so the tokens pass unchanged; the pair otherwise
 * buffers and copies every token (captureState in both filters, FST lookups), and a text that names
 * an abbreviation early used to send all its remaining words through it.
 */
final class IndexSynonymFilter extends TokenFilter {
  /**
   * -Dwegwijs.index.abbreviationStretches=false: once a text names an abbreviation, every later word
   * goes through the graph filters (round s15's behaviour, same tokens), for before/after comparisons
   * in one JVM. Read per text.
   */
  static final String STRETCHES_PROPERTY = "wegwijs.index.abbreviationStretches";
  private static final JvmSetting<Boolean> STRETCHES = new JvmSetting<>(STRETCHES_PROPERTY, true, text -> switch (text) {
    case "true" -> true;
    case "false" -> false;
    default -> throw new IllegalArgumentException("neither true nor false");
  });

  private final CharArraySet ruleStarts;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute posLen = addAttribute(PositionLengthAttribute.class);
  private final Replay replay;
  private final TokenStream graph;
  private boolean inGraph;
  /** This text's reading of {@link #STRETCHES}. */
  private boolean stretches = true;

  IndexSynonymFilter(TokenStream input, SynonymMap rules, CharArraySet ruleStarts, int longestRule) {
    super(input);
    this.ruleStarts = ruleStarts;
    this.replay = new Replay(input, this, longestRule);
    this.graph = new FlattenGraphFilter(new SynonymGraphFilter(replay, rules, true));
  }

  /** The most words in one rule's input (poh-jeugd: 2), as the parser analysed them. */
  static int longestRule(SynonymMap rules) throws IOException {
    int longest = 1;
    if (rules.fst != null) {
      IntsRefFSTEnum<?> inputs = new IntsRefFSTEnum<>(rules.fst);
      for (var io = inputs.next(); io != null; io = inputs.next()) {
        int words = 1;
        for (int i = 0; i < io.input.length; i++) {
          if (io.input.ints[io.input.offset + i] == SynonymMap.WORD_SEPARATOR) {
            words++;
          }
        }
        longest = Math.max(longest, words);
      }
    }
    return longest;
  }

  /** Whether the current token starts a rule. */
  private boolean startsRule() {
    return ruleStarts.contains(term.buffer(), 0, term.length());
  }

  /**
   * Whether the graph may stop before the current token, {@code since} words after the last word that
   * starts a rule: no match can reach it (the parser never reads a rule's length past a start), and
   * a plain one-position step after the graph's flat output is what the pair would emit for it too.
   */
  private boolean endsStretch(int since) {
    return since > replay.longestRule && !startsRule() && posInc.getPositionIncrement() == 1
        && posLen.getPositionLength() == 1 && stretches;
  }

  /** The first word of every rule's input, compared as SynonymGraphFilter does with ignoreCase. */
  static CharArraySet ruleStarts(SynonymMap rules) throws IOException {
    List<String> starts = new ArrayList<>();
    if (rules.fst != null) {
      IntsRefFSTEnum<?> inputs = new IntsRefFSTEnum<>(rules.fst);
      for (var io = inputs.next(); io != null; io = inputs.next()) {
        IntsRef in = io.input;
        int end = 0;
        while (end < in.length && in.ints[in.offset + end] != SynonymMap.WORD_SEPARATOR) {
          end++;
        }
        starts.add(new String(in.ints, in.offset, end));
      }
    }
    return CharArraySet.unmodifiableSet(Lexicon.sparse(starts, true));
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (inGraph) {
      if (graph.incrementToken()) {
        return true;
      }
      State next = replay.stretchEnd();
      if (next == null) {
        return false; // the text's end
      }
      // The graph is drained up to a word no rule can reach: start it afresh at the next rule word.
      graph.reset();
      inGraph = false;
      restoreState(next);
      return true; // endsStretch: not a rule word
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (!startsRule()) {
      return true;
    }
    // This word may start a rule: it and the words after it go through the graph filters.
    replay.hold(captureState());
    inGraph = true;
    return graph.incrementToken();
  }

  @Override
  public void reset() throws IOException {
    super.reset(); // resets the chain below once; the graph filters reset only themselves
    graph.reset();
    inGraph = false;
    stretches = STRETCHES.get();
  }

  @Override
  public void end() throws IOException {
    if (inGraph) {
      graph.end(); // ends the chain below through the graph filters, as the plain pair would
    } else {
      super.end();
    }
  }

  @Override
  public void close() throws IOException {
    graph.close();
    super.close();
  }

  /**
   * The graph filters' source: the held token, then the chain below up to the end of the stretch;
   * never resets or closes the chain below, and ends it only at the text's real end.
   */
  private static final class Replay extends TokenFilter {
    private final IndexSynonymFilter owner;
    private final int longestRule;
    private State held;
    /** Words passed since the last word that starts a rule. */
    private int since;
    /** The first word after the stretch, read but not passed on; null while the stretch lasts. */
    private State stretchEnd;

    Replay(TokenStream input, IndexSynonymFilter owner, int longestRule) {
      super(input);
      this.owner = owner;
      this.longestRule = longestRule;
    }

    void hold(State state) {
      held = state;
      since = 0;
      stretchEnd = null;
    }

    /** The word that ended the stretch (the graph then ended early), or null at the text's end. */
    State stretchEnd() {
      return stretchEnd;
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (held != null) {
        restoreState(held);
        held = null;
        return true;
      }
      if (stretchEnd != null || !input.incrementToken()) {
        return false;
      }
      if (owner.startsRule()) {
        since = 0;
      } else if (owner.endsStretch(++since)) {
        stretchEnd = captureState();
        return false;
      }
      return true;
    }

    @Override
    public void end() throws IOException {
      if (stretchEnd == null) {
        super.end(); // the text's real end, through the graph filters as the plain pair would
      }
      // else: FlattenGraphFilter ends its input when it sees the stretch end; the text goes on
    }

    @Override
    public void reset() {
      held = null;
      stretchEnd = null;
      since = 0;
    }

    @Override
    public void close() {
      // the chain below is closed by IndexSynonymFilter itself
    }
  }
}
