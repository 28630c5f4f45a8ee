package nl.wegwijs.backend.crawlreview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameSimilarityTests {

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Logeerhuis De Vlinder            | Logeerhuis de Vlinder              | true
            Logeerhuis De Vlinder            | De Vlinder logeerhuis              | true
            Stichting MEE Zuid-Holland Noord | MEE Zuid Holland Noord             | true
            Zorgboerderij De Hoeve           | Zorgboerderij de Hoeve B.V.        | true
            Kinderthuiszorg Het Anker        | Kinderthuiszorg Anker              | true
            Zorgboerderij De Hoeve           | Logeerhuis De Vlinder              | false
            Ouderplatform Linawijs           | Kinderthuiszorg Het Anker          | false
            Stichting                        | De                                 | false
            """)
    void names_are_similar_despite_case_accents_word_order_and_legal_forms(String a, String b, boolean similar) {
        assertThat(NameSimilarity.similar(a, b)).isEqualTo(similar);
        assertThat(NameSimilarity.of(a, b)).isEqualTo(NameSimilarity.of(b, a));
    }
}
