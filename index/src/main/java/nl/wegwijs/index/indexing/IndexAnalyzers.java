package nl.wegwijs.index.indexing;

import java.util.Map;
import nl.wegwijs.index.analysis.WegwijsDutchAnalyzer;
import nl.wegwijs.index.analysis.WegwijsDutchAnalyzer.Mode;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Which analyzer each field is indexed with. */
public final class IndexAnalyzers {
  private IndexAnalyzers() {}

  /** Read when an index opens: true indexes with {@link WegwijsDutchAnalyzer#reference} (same tokens, slower). */
  public static final String REFERENCE_PROPERTY = "wegwijs.index.referenceAnalysis";

  /** Dutch index chain by default; plain words for the exact and spelling fields; n-grams for suggest. */
  public static Analyzer forWriting() {
    boolean reference = Boolean.getBoolean(REFERENCE_PROPERTY);
    Analyzer plain = reference ? WegwijsDutchAnalyzer.reference(Mode.PLAIN) : new WegwijsDutchAnalyzer(Mode.PLAIN);
    return new PerFieldAnalyzerWrapper(
        reference ? WegwijsDutchAnalyzer.reference(Mode.INDEX) : new WegwijsDutchAnalyzer(Mode.INDEX),
        Map.of(
            Fields.NAME_EXACT, plain,
            Fields.ALL_PLAIN, plain,
            Fields.SUGGEST, edgeNGrams(),
            Fields.ID, new KeywordAnalyzer()));
  }

  /** Word-start n-grams (1..20) of folded words: "log" finds "Logeerhuis" as you type. */
  static Analyzer edgeNGrams() {
    try {
      return CustomAnalyzer.builder()
          .withTokenizer("standard")
          .addTokenFilter("lowercase")
          .addTokenFilter("asciiFolding")
          .addTokenFilter("edgeNGram", "minGramSize", "1", "maxGramSize", "20")
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
