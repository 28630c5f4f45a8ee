package nl.wegwijs.index.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.wegwijs.index.Catalogue;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.Test;

/** The needs of a text that coordination counts (Understood.needs, KindPriorRescore.COORDINATION). */
class QueryNeedsTest {
  private static List<Set<String>> needs(String text) throws Exception {
    try (DirectoryReader reader = Catalogue.openSharedReader()) {
      return new QueryFactory().understand(text, false, reader).needs().stream().map(QueryNeedsTest::terms).toList();
    }
  }

  private static Set<String> terms(Query q) {
    Set<Term> terms = new HashSet<>();
    q.visit(QueryVisitor.termCollector(terms));
    Set<String> out = new HashSet<>();
    terms.forEach(t -> out.add(t.text()));
    return out;
  }

  @Test
  void a_concept_that_a_care_word_names_is_a_need_of_its_own() throws Exception {
    // rouwverwerking names the verwerking concept (at half weight): an entry of that family meets
    // one more need than one that only says "ouders".
    assertThat(needs("rouwverwerking voor ouders")).anyMatch(t -> t.contains("§verwerking"));
  }

  @Test
  void the_words_of_a_phrasing_that_asked_for_a_concept_are_no_needs() throws Exception {
    List<Set<String>> needs = needs("ik trek het niet meer");
    assertThat(needs).anyMatch(t -> t.contains("§respijt"));
    assertThat(needs).noneMatch(t -> t.contains("trek"));
  }
}
