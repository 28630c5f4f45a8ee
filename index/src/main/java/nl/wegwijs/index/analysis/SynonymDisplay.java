package nl.wegwijs.index.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the synonym rules a second time, as phrases, to tell the user how a query was understood
 * ("ook gezocht op: logeeropvang"). The SynonymMap does the matching; this only words it.
 */
final class SynonymDisplay {
  private record Rule(List<List<String>> from, List<String> toDisplay, List<List<String>> to) {}

  private final List<Rule> rules = new ArrayList<>();

  SynonymDisplay(String ruleText, WegwijsDutchAnalyzer words) {
    for (String line : ruleText.split("\n")) {
      String rule = line.strip();
      if (rule.isEmpty() || rule.startsWith("#")) {
        continue;
      }
      int arrow = rule.indexOf("=>");
      List<String> left = phrases(arrow < 0 ? rule : rule.substring(0, arrow));
      List<String> right = arrow < 0 ? left : phrases(rule.substring(arrow + 2));
      rules.add(new Rule(analyse(left, words), right, analyse(right, words)));
    }
  }

  /** Rule phrases (as written in the rule file) reached from the query words but not typed. */
  List<String> expansions(List<String> queryWords) {
    Set<String> out = new LinkedHashSet<>();
    for (Rule rule : rules) {
      if (rule.from.stream().anyMatch(p -> !p.isEmpty() && Collections.indexOfSubList(queryWords, p) >= 0)) {
        for (int i = 0; i < rule.to.size(); i++) {
          if (Collections.indexOfSubList(queryWords, rule.to.get(i)) < 0) {
            out.add(rule.toDisplay.get(i));
          }
        }
      }
    }
    return List.copyOf(out);
  }

  private static List<String> phrases(String side) {
    return List.of(side.split(",")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static List<List<String>> analyse(List<String> phrases, WegwijsDutchAnalyzer words) {
    return phrases.stream().map(words::terms).toList();
  }
}
