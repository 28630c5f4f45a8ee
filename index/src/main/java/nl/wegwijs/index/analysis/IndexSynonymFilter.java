package nl.wegwijs.index.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.IntsRef;
import org.apache.lucene.util.fst.IntsRefFSTEnum;

/**
 * Index time: the abbreviation rules, flattened, as {@code FlattenGraphFilter(SynonymGraphFilter)}
 * would apply them, but the pair only sees a text from its first word that starts a rule. Before
 * that word no rule can match (a rule matches from its first word on), so the tokens pass
 * unchanged; the pair otherwise buffers and copies every token (captureState, FST lookups), about
 * a quarter of the index chain in a rebuild profile, and most texts name no abbreviation at all.
 */
final class IndexSynonymFilter extends TokenFilter {
  private final CharArraySet ruleStarts;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final Replay replay;
  private final TokenStream graph;
  private boolean inGraph;

  IndexSynonymFilter(TokenStream input, SynonymMap rules, CharArraySet ruleStarts) {
    super(input);
    this.ruleStarts = ruleStarts;
    this.replay = new Replay(input);
    this.graph = new FlattenGraphFilter(new SynonymGraphFilter(replay, rules, true));
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
      return graph.incrementToken();
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (!ruleStarts.contains(term.buffer(), 0, term.length())) {
      return true;
    }
    // This word may start a rule: it and everything after go through the graph filters.
    replay.hold(captureState());
    inGraph = true;
    return graph.incrementToken();
  }

  @Override
  public void reset() throws IOException {
    super.reset(); // resets the chain below once; the graph filters reset only themselves
    graph.reset();
    inGraph = false;
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

  /** The graph filters' source: the held token, then the chain below; never resets or closes it. */
  private static final class Replay extends TokenFilter {
    private State held;

    Replay(TokenStream input) {
      super(input);
    }

    void hold(State state) {
      held = state;
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (held != null) {
        restoreState(held);
        held = null;
        return true;
      }
      return input.incrementToken();
    }

    @Override
    public void reset() {
      held = null;
    }

    @Override
    public void close() {
      // the chain below is closed by IndexSynonymFilter itself
    }
  }
}
