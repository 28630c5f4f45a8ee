package nl.wegwijs.index.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Passes every token on unchanged and, while this thread records a document ({@link PlainWords}),
 * copies its term there: placed right after folding, where the index chain's tokens are still the
 * plain chain's.
 */
final class PlainWordsTee extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private PlainWords recorder = PlainWords.current();
  private boolean recording;

  PlainWordsTee(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (recording) {
      recorder.add(term.buffer(), term.length());
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    // Looked up per text, not kept from construction: the chain is reused by the thread that built it, but cheap to be sure.
    recorder = PlainWords.current();
    recording = recorder.recording();
    if (recording) {
      recorder.startValue();
    }
  }
}
