package nl.wegwijs.index.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.jspecify.annotations.Nullable;

/** The reviewed word lists behind the analyzer, loaded once from resources next to this class. */
final class Lexicon {
  /** Soft hyphens and the PDF's "¬" vanish, curly apostrophes straighten, "V&VN" reads "VVN". */
  private static final String[][] CHAR_MAPPINGS = {
    {"\u00AD", ""}, {"\u00AC", ""}, {"\u2019", "'"}, {"\u2018", "'"}, {"&", ""}
  };
  // Before INSTANCE: static fields are initialised in order, and the constructor reads the mappings.
  static final Lexicon INSTANCE = new Lexicon();

  final CharArraySet stopWords;
  final NormalizeCharMap charMap;
  /** The same mappings as a table for SingleCharFilter; null if one of them is longer than a character. */
  final char @Nullable [] charTable;
  final CompoundSplitter splitter;
  final SynonymMap indexSynonyms;
  /** The first words of the index-time rules: IndexSynonymFilter passes other words straight on. */
  final CharArraySet indexSynonymStarts;
  /** The most words in one index-time rule's input: how far past a rule word the graph must see. */
  final int indexSynonymLongest;
  final SynonymMap querySynonyms;
  /** The reviewed query rules as text: editor groups are appended to it (QuerySynonyms). */
  final String queryRules;
  /** Stems without synonyms: how query rules are read. */
  final WegwijsDutchAnalyzer stems;
  /** Readable words: how rules are worded for the user (SynonymDisplay). */
  final WegwijsDutchAnalyzer words;
  final SynonymDisplay display;
  final Concepts concepts;

  private Lexicon() {
    stopWords = CharArraySet.unmodifiableSet(sparse(lines("stopwords.txt"), false));
    charMap = charMap();
    charTable = SingleCharFilter.table(CHAR_MAPPINGS);
    splitter = new CompoundSplitter(lines("compound-words.txt"));
    String abbreviations = text("abbreviations.txt");
    indexSynonyms = parse(abbreviations, WegwijsDutchAnalyzer.Mode.WORDS);
    try {
      indexSynonymStarts = IndexSynonymFilter.ruleStarts(indexSynonyms);
      indexSynonymLongest = IndexSynonymFilter.longestRule(indexSynonyms);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    queryRules = text("synonyms.txt") + "\n" + abbreviations;
    querySynonyms = parse(queryRules, WegwijsDutchAnalyzer.Mode.QUERY_EXACT);
    stems = new WegwijsDutchAnalyzer(WegwijsDutchAnalyzer.Mode.QUERY_EXACT, this);
    words = new WegwijsDutchAnalyzer(WegwijsDutchAnalyzer.Mode.WORDS, this);
    WegwijsDutchAnalyzer plain = new WegwijsDutchAnalyzer(WegwijsDutchAnalyzer.Mode.PLAIN, this);
    concepts = new Concepts(text("concepts.txt"), stems::terms, plain::terms);
    display = new SynonymDisplay(queryRules, words);
  }

  private static NormalizeCharMap charMap() {
    NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
    for (String[] m : CHAR_MAPPINGS) {
      map.add(m[0], m[1]);
    }
    return map.build();
  }

  private SynonymMap parse(String rules, WegwijsDutchAnalyzer.Mode chain) {
    // Rules are read with the chain up to the synonym filter, as the filter will see the text:
    // words for the index-time abbreviations (before decompounding), stems for the query rules.
    try (Analyzer ruleAnalyzer = new WegwijsDutchAnalyzer(chain, this)) {
      SolrSynonymParser parser = new SolrSynonymParser(true, true, ruleAnalyzer);
      parser.parse(new StringReader(rules));
      return parser.build();
    } catch (IOException | ParseException e) {
      throw new IllegalStateException("synonym rules do not parse: " + e.getMessage(), e);
    }
  }

  /**
   * A set for a per-token lookup where most tokens miss: Lucene sizes a set for its contents
   * (up to 80% full), so a miss probes several slots; at an eighth full it stops at the first.
   */
  static CharArraySet sparse(java.util.Collection<String> words, boolean ignoreCase) {
    CharArraySet set = new CharArraySet(Math.max(64, 8 * words.size()), ignoreCase);
    set.addAll(words);
    return set;
  }

  private static Set<String> lines(String resource) {
    Set<String> out = new HashSet<>();
    for (String line : text(resource).split("\n")) {
      String word = line.strip();
      if (!word.isEmpty() && !word.startsWith("#")) {
        out.add(word);
      }
    }
    return out;
  }

  private static String text(String resource) {
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      try (Reader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        return reader.readAllAsString();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
