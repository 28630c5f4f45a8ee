package nl.wegwijs.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.wegwijs.index.Catalogue;
import nl.wegwijs.index.IndexedEntry;
import nl.wegwijs.index.bench.SyntheticCatalogue;
import nl.wegwijs.index.indexing.DocumentMapper;
import nl.wegwijs.index.indexing.Fields;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The index chain's speed-ups (per-filter memo tables, the single-character char filter, skipping
 * the abbreviation graph for text that holds no abbreviation) change nothing in what is indexed:
 * every analysed field of the demo catalogue and of synthetic entries yields exactly the tokens of
 * the reference chain (Lucene's MappingCharFilter, no memo, the synonym and flatten filters on
 * every text): term, position increment and length, offsets, type, keyword flag, and the end state
 * (final offset and position increment, which place the next value of a multi-valued field).
 */
class IndexAnalysisIdentityTest {
  /** Texts that exercise the char filter, abbreviations and odd input beside the catalogue. */
  private static final List<String> EXTRA = List.of(
      "Kinder\u00ADthuiszorg voor cli\u00EBnten \u2018met\u2019 een pgb & wlz-indicatie",
      "V&VN \u00AC PGB-houder, poh-jeugd of POH jeugd; ib\u2019er en ib'er bij de CJG",
      "&&& \u00AD\u00AD \u2019\u2019 a&b", "", " ", "\u0000 \uD83D\uDE00 emoji\u00AD",
      "persoonsgebonden budget via de wet langdurige zorg (Wlz) en Jeugdwet",
      "x".repeat(300) + " kinderthuiszorg" + "&".repeat(40) + "logeerhuizen\u00AD",
      "gz-psycholoog gezondheidszorgpsycholoog so vso zmlk lvb sot zat oja swv opp smw ivh nik mks bso",
      // The graph filters leave a text a few words after a rule word and come back at the next one.
      "Met een pgb kiest u zelf uw zorgverlener voor thuis, en later kan de wmo of wet langdurige zorg helpen; "
          + "vraag de poh jeugd of poh-ggz, dan de huisarts en het wijkteam, en ten slotte het cjg");

  @Test
  void the_fast_index_chain_indexes_exactly_what_the_reference_chain_indexes() throws IOException {
    try (Analyzer fast = new WegwijsDutchAnalyzer(WegwijsDutchAnalyzer.Mode.INDEX);
        Analyzer reference = new WegwijsDutchAnalyzer(WegwijsDutchAnalyzer.Mode.INDEX, Lexicon.INSTANCE, true);
        Analyzer fastPlain = new WegwijsDutchAnalyzer(WegwijsDutchAnalyzer.Mode.PLAIN);
        Analyzer referencePlain = new WegwijsDutchAnalyzer(WegwijsDutchAnalyzer.Mode.PLAIN, Lexicon.INSTANCE, true)) {
      int compared = 0;
      for (FieldText t : texts()) {
        boolean plain = t.field().equals(Fields.NAME_EXACT) || t.field().equals(Fields.ALL_PLAIN);
        assertThat(tokens(plain ? fastPlain : fast, t))
            .as("%s: %s", t.field(), t.text())
            .isEqualTo(tokens(plain ? referencePlain : reference, t));
        compared++;
      }
      assertThat(compared).isGreaterThan(30_000);
    }
  }

  /** Writes the default chain's tokens to a file, to compare two versions of the code by hand. */
  @Test
  @EnabledIfSystemProperty(named = "wegwijs.tokenDump", matches = ".+")
  void dump() throws IOException {
    try (Analyzer index = new WegwijsDutchAnalyzer(WegwijsDutchAnalyzer.Mode.INDEX);
        Analyzer plain = new WegwijsDutchAnalyzer(WegwijsDutchAnalyzer.Mode.PLAIN)) {
      StringBuilder out = new StringBuilder();
      for (FieldText t : texts()) {
        boolean isPlain = t.field().equals(Fields.NAME_EXACT) || t.field().equals(Fields.ALL_PLAIN);
        out.append(t.field()).append('\n');
        tokens(isPlain ? plain : index, t).forEach(line -> out.append(line).append('\n'));
      }
      Files.writeString(Path.of(System.getProperty("wegwijs.tokenDump")), out);
    }
  }

  record FieldText(String field, String text) {}

  /** Every analysed value of every field, as the index writer would hand them to the analyzer. */
  static List<FieldText> texts() throws IOException {
    List<FieldText> out = new ArrayList<>();
    List<IndexedEntry> entries = Stream.concat(Catalogue.entries().stream(),
        new SyntheticCatalogue().entries(3_000, 11)).toList();
    for (IndexedEntry e : entries) {
      Document doc = DocumentMapper.toDocument(e);
      for (IndexableField f : doc.getFields()) {
        if (f.fieldType().tokenized() && f.stringValue() != null && !f.name().equals(Fields.SUGGEST)) {
          out.add(new FieldText(f.name(), f.stringValue()));
        }
      }
    }
    for (String text : EXTRA) {
      for (String field : List.of(Fields.NAME, Fields.SUMMARY, Fields.ALL_PLAIN)) {
        out.add(new FieldText(field, text));
      }
    }
    return out;
  }

  static List<String> tokens(Analyzer analyzer, FieldText t) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(t.field(), t.text())) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute posLen = ts.addAttribute(PositionLengthAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      KeywordAttribute keyword = ts.addAttribute(KeywordAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + " +" + posInc.getPositionIncrement() + " len" + posLen.getPositionLength() + " "
            + offset.startOffset() + "-" + offset.endOffset() + " " + type.type() + (keyword.isKeyword() ? " kw" : ""));
      }
      ts.end();
      out.add("end " + offset.endOffset() + " +" + posInc.getPositionIncrement());
    }
    return out;
  }
}
