package nl.wegwijs.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CategoryGuesserTest {

    private final CategoryGuesser guesser = CategoryGuesser.fromVocabulary();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Logeerhuis voor kinderen met een beperking          | respijt
            Respijtzorg in het weekend                          | respijt
            Kinderthuiszorg en wijkverpleging                   | thuiszorg
            Vergoeding via pgb of Wlz                           | geld
            Passend onderwijs en het samenwerkingsverband       | school
            Oudervereniging voor lotgenotencontact              | lotgenoten
            BSO en kinderdagverblijf                            | opvang
            """)
    void the_headline_decides_the_first_guess(String headline, String expected) {
        assertThat(guesser.guess(headline, "")).first().isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} guesses nothing")
    @CsvSource({"'Zo gaat het mee'", "'Pal naast de so-called school'", "'Openingstijden'"})
    void ambiguous_short_words_and_unrelated_text_guess_nothing_wrong(String headline) {
        assertThat(guesser.guess(headline, "")).doesNotContain("respijt", "geld", "opvang");
    }
}
