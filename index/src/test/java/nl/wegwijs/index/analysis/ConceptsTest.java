package nl.wegwijs.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The concept tokens of concepts.txt: care words at index time, parents' phrasing at query time. */
class ConceptsTest {
  private final WegwijsDutchAnalyzer index = new WegwijsDutchAnalyzer(WegwijsDutchAnalyzer.Mode.INDEX);
  private final WegwijsDutchAnalyzer query = new WegwijsDutchAnalyzer(WegwijsDutchAnalyzer.Mode.QUERY);

  @Test
  void a_care_word_gives_the_text_its_concept_also_inflected_and_inside_a_compound() {
    assertThat(index.terms("twee logeerhuizen")).contains("§respijt");
    assertThat(index.terms("de mantelzorgmakelaar")).contains("§gezin");
    assertThat(index.terms("een kind dat thuiszit")).contains("§thuiszitten");
    assertThat(index.terms("een kind dat thuis zit")).doesNotContain("§thuiszitten");
  }

  @Test
  void a_care_phrase_needs_its_words_in_order_and_adjacent() {
    assertThat(index.terms("kortdurend verblijf")).contains("§respijt");
    assertThat(index.terms("verblijf is kortdurend")).doesNotContain("§respijt");
  }

  @Test
  void the_parents_phrasing_asks_for_a_concept_and_a_care_word_names_it_once() {
    assertThat(query.terms("even rust").stream().filter("§respijt"::equals)).hasSize(ConceptQueryFilter.WEIGHT);
    assertThat(query.terms("even rust")).contains("§gezin");
    // A care word names its concept once (at NAMED_WEIGHT), also as part of a compound or phrase.
    assertThat(query.terms("logeerhuis").stream().filter("§respijt"::equals)).hasSize(1);
    assertThat(query.terms("kinderthuiszorg")).contains("§thuiszorg");
    assertThat(query.terms("kortdurend verblijf")).contains("§respijt");
    assertThat(query.terms("verblijf kortdurend")).doesNotContain("§respijt");
  }

  @Test
  void a_phrase_that_is_the_start_of_another_expression_does_not_fire() {
    assertThat(query.terms("als moeder ben ik op")).contains("§respijt");
    assertThat(query.terms("ik ben op")).contains("§respijt");
    assertThat(query.terms("waar ben ik op aangewezen")).doesNotContain("§respijt");
    assertThat(query.terms("ik ben op zoek naar een school")).doesNotContain("§respijt");
  }

  @Test
  void a_concept_weighs_the_same_however_often_it_is_said() {
    assertThat(query.terms("even rust, ik trek het niet meer").stream().filter("§respijt"::equals))
        .hasSize(ConceptQueryFilter.WEIGHT);
  }
}
