package nl.wegwijs.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tokens for about 60 care words (plurals, compounds, synonyms, abbreviations, typos, char
 * filters), conventions habit 11: a Lucene or Snowball upgrade that changes a stem fails here
 * loudly, and the index must then be rebuilt. Regenerate deliberately, never casually.
 */
class WegwijsDutchAnalyzerGoldenTest {
  private static final WegwijsDutchAnalyzer INDEX = new WegwijsDutchAnalyzer(WegwijsDutchAnalyzer.Mode.INDEX);
  private static final WegwijsDutchAnalyzer QUERY = new WegwijsDutchAnalyzer(WegwijsDutchAnalyzer.Mode.QUERY);

  static Stream<Arguments> golden() throws IOException {
    try (InputStream in = WegwijsDutchAnalyzerGoldenTest.class.getResourceAsStream("golden-tokens.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.startsWith("#") && !l.isBlank())
          .map(l -> l.split("\t", -1))
          .map(c -> Arguments.of(c[0], List.of(c[1].split(" ")), List.of(c[2].split(" "))))
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("golden")
  void index_and_query_tokens_are_pinned(String input, List<String> index, List<String> query) {
    assertThat(INDEX.terms(input)).as("index terms of %s", input).isEqualTo(index);
    assertThat(QUERY.terms(input)).as("query terms of %s", input).isEqualTo(query);
  }
}
