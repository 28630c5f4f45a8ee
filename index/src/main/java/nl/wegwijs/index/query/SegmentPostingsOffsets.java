package nl.wegwijs.index.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter.OffsetSource;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * The highlighted terms' offsets from the postings, each term's postings opened once per segment for
 * all the page's documents. Lucene's postings strategy opens a terms enum and seeks every term again
 * for every document, and a new postings enum decodes its blocks from the start each time: a JFR
 * profile of the search API put that at half of all highlighting. The highlighter visits a
 * segment's documents in increasing doc id order, so one postings enum per term can advance; the
 * offsets, and so the snippets, are the same (SnippetsTest). Only for plain terms, as Snippets
 * highlights (no phrases strictly, no automata); one instance serves one highlight call.
 */
final class SegmentPostingsOffsets extends FieldOffsetStrategy {
  private @Nullable LeafReader segment;
  private @Nullable PostingsEnum[] postings = new PostingsEnum[0];
  private int lastDoc = -1;

  SegmentPostingsOffsets(UHComponents components) {
    super(components);
  }

  /** Whether these components need nothing but their terms' postings. */
  static boolean fits(UHComponents components) {
    return !components.phraseHelper().hasPositionSensitivity()
        && components.automata().length == 0
        && components.terms() != null
        && !components.highlightFlags().contains(org.apache.lucene.search.uhighlight.UnifiedHighlighter.HighlightFlag.WEIGHT_MATCHES);
  }

  @Override
  public OffsetSource getOffsetSource() {
    return OffsetSource.POSTINGS;
  }

  @Override
  public OffsetsEnum getOffsetsEnum(LeafReader reader, int doc, String content) throws IOException {
    if (reader != segment || doc <= lastDoc) {
      open(reader);
    }
    lastDoc = doc;
    BytesRef[] terms = components.terms();
    List<OffsetsEnum> found = new ArrayList<>();
    for (int i = 0; i < terms.length; i++) {
      PostingsEnum p = postings[i];
      if (p != null && (p.docID() < doc ? p.advance(doc) : p.docID()) == doc) {
        found.add(new OffsetsEnum.OfPostings(terms[i], p));
      }
    }
    return switch (found.size()) {
      case 0 -> OffsetsEnum.EMPTY;
      case 1 -> found.getFirst();
      default -> new OffsetsEnum.MultiOffsetsEnum(found);
    };
  }

  /** One seek per term for the segment, as Lucene's strategy does per document. */
  private void open(LeafReader reader) throws IOException {
    segment = reader;
    lastDoc = -1;
    BytesRef[] terms = components.terms();
    postings = new PostingsEnum[terms.length];
    Terms index = reader.terms(getField());
    if (index == null) {
      return;
    }
    TermsEnum te = index.iterator();
    for (int i = 0; i < terms.length; i++) {
      if (te.seekExact(terms[i])) {
        PostingsEnum p = te.postings(null, PostingsEnum.OFFSETS);
        if (p == null) {
          throw new IllegalArgumentException("field '" + getField() + "' was indexed without offsets, cannot highlight");
        }
        postings[i] = p;
      }
    }
  }
}
