package nl.wegwijs.index.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.jspecify.annotations.Nullable;

/**
 * The one place where Dutch analysis is configured (conventions habit 11). Every mode shares char
 * filters (soft hyphens, curly apostrophes, ampersands), StandardTokenizer, lowercase and accent
 * folding (cliënt = client); then:
 *
 * <ul>
 *   <li>{@link Mode#INDEX}: stop words, abbreviations (flattened), compound parts, Dutch stems,
 *       then the concept token of every care word ({@code concepts.txt});
 *   <li>{@link Mode#QUERY}: concept tokens for parents' phrasing (stop words still present), stop
 *       words, Dutch stems, then the synonym and abbreviation graph on stems (so rules fire on
 *       inflected forms);
 *   <li>{@link Mode#QUERY_EXACT}: stop words and stems, no synonyms (the literal-first boost);
 *   <li>{@link Mode#WORDS}: stop words only, readable words (synonym rules, joins, spelling);
 *   <li>{@link Mode#PLAIN}: nothing more (literal search, did-you-mean dictionary).
 * </ul>
 *
 * <p>Lucene 10.6's DutchStemmer is Snowball's Porter-style Dutch stemmer; the golden test pins its
 * stems, because a Lucene upgrade to Kraaij-Pohlmann changes them and needs a full rebuild.
 */
public final class WegwijsDutchAnalyzer extends Analyzer {

  /** Which chain to build. */
  public enum Mode {
    INDEX,
    QUERY,
    QUERY_EXACT,
    WORDS,
    PLAIN
  }

  private final Mode mode;
  private final Lexicon lexicon;
  /** Query synonyms other than the reviewed ones (editor groups); null: the reviewed rules. */
  private final @Nullable QuerySynonyms synonyms;
  /** Whether stems and compound parts are memoised per thread (TokenMemo). */
  private final boolean memo;
  private final boolean reference;

  public WegwijsDutchAnalyzer(Mode mode) {
    this(mode, Lexicon.INSTANCE, null);
  }

  /**
   * The same chain without its speed-ups (Lucene's own filters, no memo): it indexes exactly the
   * same tokens, more slowly. For a rebuild with -Dwegwijs.index.referenceAnalysis=true, should
   * the fast chain ever be suspected, and for before/after measurements.
   */
  public static WegwijsDutchAnalyzer reference(Mode mode) {
    return new WegwijsDutchAnalyzer(mode, Lexicon.INSTANCE, null, true);
  }

  /** {@link Mode#QUERY} with these synonyms (the reviewed rules plus editor groups). */
  public WegwijsDutchAnalyzer(Mode mode, QuerySynonyms synonyms) {
    this(mode, Lexicon.INSTANCE, synonyms);
  }

  WegwijsDutchAnalyzer(Mode mode, Lexicon lexicon) {
    this(mode, lexicon, null);
  }

  /**
   * {@code reference}: Lucene's MappingCharFilter and RemoveDuplicatesTokenFilter, no per-thread
   * memo, and the synonym and flatten filters on every text: the plain form of the same chain,
   * which IndexAnalysisIdentityTest compares the fast one with.
   */
  WegwijsDutchAnalyzer(Mode mode, Lexicon lexicon, boolean reference) {
    this(mode, lexicon, null, reference);
  }

  private WegwijsDutchAnalyzer(Mode mode, Lexicon lexicon, @Nullable QuerySynonyms synonyms) {
    this(mode, lexicon, synonyms, false);
  }

  private WegwijsDutchAnalyzer(Mode mode, Lexicon lexicon, @Nullable QuerySynonyms synonyms, boolean reference) {
    this.mode = mode;
    this.lexicon = lexicon;
    this.synonyms = synonyms;
    // Only the index chain memoises: query chains run in every request thread, where a table per
    // thread would cost heap for little (queries are short, and the JVM-wide tables stay).
    // The memo holds Lexicon.INSTANCE's compound parts: another lexicon (tests) gets none.
    this.memo = mode == Mode.INDEX && !reference && lexicon == Lexicon.INSTANCE;
    this.reference = reference;
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    char[] table = lexicon.charTable;
    return table == null || reference ? new MappingCharFilter(lexicon.charMap, reader) : new SingleCharFilter(table, reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(source));
    if (mode == Mode.PLAIN) {
      return new TokenStreamComponents(source, stream);
    }
    if (mode == Mode.INDEX && !reference) {
      // Up to here the index chain is the plain chain: its words are recorded for name_exact and
      // all_plain (PlainWords), which then need no second tokenizing of the same texts.
      stream = new PlainWordsTee(stream);
    }
    if (mode == Mode.QUERY) {
      // Before the stop words go: they carry the meaning of "ik trek het niet meer".
      stream = new ConceptQueryFilter(stream, lexicon.concepts, lexicon.stopWords, lexicon.splitter);
    }
    stream = new GaplessStopFilter(stream, lexicon.stopWords);
    if (mode == Mode.INDEX) {
      stream = reference
          ? new FlattenGraphFilter(new SynonymGraphFilter(stream, lexicon.indexSynonyms, true))
          : new IndexSynonymFilter(stream, lexicon.indexSynonyms, lexicon.indexSynonymStarts, lexicon.indexSynonymLongest);
      stream = new CompoundSplitFilter(stream, lexicon.splitter, memo);
    }
    if (mode != Mode.WORDS) {
      stream = new DutchStemFilter(stream, memo);
    }
    if (mode == Mode.QUERY) {
      // Query rules were parsed into stems (Lexicon), so they fire on every inflected form:
      // broertjes, broertje and broer all reach brussen.
      stream = new SynonymGraphFilter(stream, synonyms == null ? lexicon.querySynonyms : synonyms.map, true);
    }
    if (mode == Mode.INDEX) {
      stream = new ConceptIndexFilter(stream, lexicon.concepts);
      stream = reference ? new RemoveDuplicatesTokenFilter(stream) : new DistinctTermsFilter(stream);
    }
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }

  /** Whether a query term is a concept token (concepts.txt) rather than a word of the text. */
  public static boolean isConcept(String term) {
    return term.startsWith(Concepts.PREFIX);
  }

  /**
   * Whether {@code word} (lowercase, folded) is itself a word of the compound word list, a word with
   * a meaning of its own (jeugdhulp, thuiszorg, ziekenhuis) even where its parts are listed too.
   */
  public static boolean isListedWord(String word) {
    return Lexicon.INSTANCE.splitter.isListed(word);
  }

  /** The compound parts of one folded word, e.g. kinderthuiszorg: kinder, thuiszorg, thuis, zorg. */
  public static List<String> compoundParts(String word) {
    return Lexicon.INSTANCE.splitter.parts(word);
  }

  /**
   * The concept tokens an indexed field necessarily carries when it contains these stems at
   * consecutive positions: those of every care phrase of {@code concepts.txt} inside them (the index
   * chain stacks a care phrase's concept token on its last word). "kort verblijf" yields §respijt.
   */
  public static java.util.Set<String> conceptsOfPhrase(List<String> stems) {
    return Lexicon.INSTANCE.concepts.named(stems.stream().map(List::of).toList());
  }

  /** Synonym phrases, as written in the rule files, that the query words also reach (reviewed rules only). */
  public static List<String> synonymsFor(List<String> queryWords) {
    return Lexicon.INSTANCE.display.expansions(queryWords);
  }

  /** The terms this analyzer produces for {@code text}, in order (positions not shown). */
  public List<String> terms(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = tokenStream("", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
