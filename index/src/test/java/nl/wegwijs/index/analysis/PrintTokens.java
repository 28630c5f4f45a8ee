package nl.wegwijs.index.analysis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

class PrintTokens {
  @Test
  @EnabledIfSystemProperty(named = "wegwijs.words", matches = ".+")
  void print() {
    var index = new WegwijsDutchAnalyzer(WegwijsDutchAnalyzer.Mode.INDEX);
    var query = new WegwijsDutchAnalyzer(WegwijsDutchAnalyzer.Mode.QUERY);
    for (String w : System.getProperty("wegwijs.words").split(";")) {
      System.out.println("TOK\t" + w + "\t" + String.join(" ", index.terms(w)) + "\t" + String.join(" ", query.terms(w)));
    }
  }
}
