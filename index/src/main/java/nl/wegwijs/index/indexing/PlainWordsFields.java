package nl.wegwijs.index.indexing;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import nl.wegwijs.index.analysis.PlainWords;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.IndexableFieldType;
import org.jspecify.annotations.Nullable;

/**
 * The fields of one document that take part in {@link PlainWords}: the first analysed field starts
 * the recording when Lucene inverts it, and name_exact and all_plain replay the recorded words
 * instead of analysing their texts again (a fifth of a rebuild's analysis was tokenizing those
 * texts twice). Their texts stay their values: with the reference chain, or whenever the recording
 * is not of this document, they are analysed as before, to the same words.
 */
final class PlainWordsFields {
  /** Read per document: false analyses name_exact and all_plain from their texts (same index, for before/after measurements). */
  static final String PROPERTY = "wegwijs.index.plainWordsReplay";
  private static final AtomicLong DOCUMENTS = new AtomicLong();

  private final long document = DOCUMENTS.getAndIncrement();
  private final boolean replay = Boolean.parseBoolean(System.getProperty(PROPERTY, "true"));

  /** The document's first analysed field: inverting it starts the recording. */
  Field first(String name, String value, IndexableFieldType type) {
    return new Field(name, value, type) {
      @Override
      public TokenStream tokenStream(Analyzer analyzer, @Nullable TokenStream reuse) {
        if (replay) {
          PlainWords.begin(document);
        }
        return super.tokenStream(analyzer, reuse);
      }
    };
  }

  /**
   * A field of the plain words of the document's first {@code values} analysed values; {@code text}
   * (their texts) is made only if it is analysed or read.
   */
  Field replayed(String name, int values, Supplier<String> text, IndexableFieldType type, boolean last) {
    return new Replayed(name, type, values, text, last);
  }

  private final class Replayed extends Field {
    private final int values;
    private final Supplier<String> text;
    private final boolean last;
    private @Nullable String value;

    Replayed(String name, IndexableFieldType type, int values, Supplier<String> text, boolean last) {
      super(name, type);
      this.values = values;
      this.text = text;
      this.last = last;
    }

    @Override
    public String stringValue() {
      String v = value;
      if (v == null) {
        v = text.get();
        value = v;
      }
      return v;
    }

    @Override
    public TokenStream tokenStream(Analyzer analyzer, @Nullable TokenStream reuse) {
      TokenStream words = replay ? PlainWords.replay(document, values) : null;
      if (last) {
        PlainWords.end();
      }
      return words != null ? words : super.tokenStream(analyzer, reuse);
    }
  }
}
