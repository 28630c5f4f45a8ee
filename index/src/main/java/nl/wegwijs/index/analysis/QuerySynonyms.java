package nl.wegwijs.index.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The query-time synonyms: the reviewed rules (synonyms.txt, abbreviations.txt) plus the editors'
 * groups. Immutable: a change builds a new instance, and a search that started with the old one
 * keeps it to the end.
 */
public final class QuerySynonyms {
  private static final QuerySynonyms REVIEWED =
      new QuerySynonyms(List.of(), Map.of(), Lexicon.INSTANCE.querySynonyms, Lexicon.INSTANCE.display);

  private final List<SynonymGroup> editorGroups;
  private final Map<SynonymGroup, SynonymRefusal> refused;
  final SynonymMap map;
  private final SynonymDisplay display;

  private QuerySynonyms(List<SynonymGroup> editorGroups, Map<SynonymGroup, SynonymRefusal> refused, SynonymMap map,
      SynonymDisplay display) {
    this.editorGroups = List.copyOf(editorGroups);
    this.refused = Map.copyOf(refused);
    this.map = map;
    this.display = display;
  }

  /** synonyms.txt and abbreviations.txt only. */
  public static QuerySynonyms reviewed() {
    return REVIEWED;
  }

  /**
   * The reviewed rules plus these editor groups. A group with a {@link SynonymGroup#refusal()} is
   * left out (see {@link #refused()}), so one bad group never stops the others or the analyzer.
   */
  public static QuerySynonyms withEditorGroups(List<SynonymGroup> groups) {
    if (groups.isEmpty()) {
      return REVIEWED;
    }
    List<SynonymGroup> used = new ArrayList<>();
    Map<SynonymGroup, SynonymRefusal> refused = new LinkedHashMap<>();
    StringBuilder rules = new StringBuilder(Lexicon.INSTANCE.queryRules);
    for (SynonymGroup group : groups) {
      SynonymRefusal why = group.refusal();
      if (why == null && !parses(group.rule())) {
        // Belt and braces: the checks above should leave nothing the parser refuses.
        why = SynonymRefusal.OPERATORS;
      }
      if (why != null) {
        refused.put(group, why);
        continue;
      }
      used.add(group);
      rules.append('\n').append(group.rule());
    }
    String text = rules.toString();
    return new QuerySynonyms(used, refused, parse(text), new SynonymDisplay(text, Lexicon.INSTANCE.words));
  }

  /** The editor groups in use, in the order given. */
  public List<SynonymGroup> editorGroups() {
    return editorGroups;
  }

  /** The editor groups left out, with the reason. */
  public Map<SynonymGroup, SynonymRefusal> refused() {
    return refused;
  }

  /** Synonym phrases, as written in the rules, that the query words (WORDS mode) also reach. */
  public List<String> expansions(List<String> queryWords) {
    return display.expansions(queryWords);
  }

  private static boolean parses(String rule) {
    try {
      parse(rule);
      return true;
    } catch (IllegalStateException e) {
      return false;
    }
  }

  /** Rules are read as stems, as the synonym filter sees the query (WegwijsDutchAnalyzer, QUERY mode). */
  static SynonymMap parse(String rules) {
    try {
      SolrSynonymParser parser = new SolrSynonymParser(true, true, Lexicon.INSTANCE.stems);
      parser.parse(new StringReader(rules));
      return parser.build();
    } catch (IOException | ParseException | IllegalArgumentException e) {
      throw new IllegalStateException("synonym rules do not parse: " + e.getMessage(), e);
    }
  }
}
