package nl.wegwijs.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DutchPatternsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "none", delimiter = '|', textBlock = """
            010-1234567           | +31101234567
            010 123 45 67         | +31101234567
            (010) 1234567         | +31101234567
            06 12345678           | +31612345678
            06-12 34 56 78        | +31612345678
            +31 (0)10 123 45 67   | +31101234567
            +31 6 12345678        | +31612345678
            0031 20 1234567       | +31201234567
            0800-1234             | +318001234
            0900-1234567          | +319001234567
            +32 2 123 45 67       | +3221234567
            010-123456            | none
            12345678              | none
            06-123456789          | none
            """)
    void phone_numbers_normalise_to_e164(String raw, @Nullable String expected) {
        assertThat(DutchPatterns.normalisePhone(raw).orElse(null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "none", textBlock = """
            1234 AB,  1234 AB
            1234ab,   1234 AB
            ' 3011  ab ', 3011 AB
            0123 AB,  none
            1234 SS,  none
            1234 SA,  none
            12345 AB, none
            """)
    void postcodes_normalise_to_four_digits_space_two_letters(String raw, @Nullable String expected) {
        assertThat(DutchPatterns.normalisePostcode(raw).orElse(null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Adres: Coolsingel 40, 3011 AD Rotterdam.        | 3011 AD | Rotterdam
            Postbus 1, 5200 AA 's-Hertogenbosch             | 5200 AA | 's-Hertogenbosch
            Spui 70 2511 BT Den Haag                        | 2511 BT | Den Haag
            Bezoek ons: 4611 AB Bergen op Zoom              | 4611 AB | Bergen op Zoom
            """)
    void postcode_and_place_are_read_together(String text, String postcode, String place) {
        assertThat(DutchPatterns.postcodeWithPlace(text)).hasValueSatisfying(pp -> {
            assertThat(pp[0]).isEqualTo(postcode);
            assertThat(pp[1]).isEqualTo(place);
        });
    }

    @Test
    void years_and_amounts_are_not_postcodes_or_phones() {
        String text = "In 2024 en 2025 kostte het 1500 euro; KvK 12345678; IBAN NL91ABNA0417164300; ref 2024-05-01.";
        assertThat(DutchPatterns.postcodes(text)).isEmpty();
        assertThat(DutchPatterns.phones(text)).isEmpty();
    }

    @Test
    void phones_in_running_text_are_found_in_order_without_duplicates() {
        assertThat(DutchPatterns.phones("Bel 010-1234567 of (010) 123 45 67, mobiel 06 12345678."))
                .containsExactly("+31101234567", "+31612345678");
    }

    @Test
    void emails_are_found_also_when_lightly_obfuscated() {
        assertThat(DutchPatterns.emails("Mail Info@Voorbeeld.NL of zorg [at] voorbeeld.nl."))
                .containsExactly("info@voorbeeld.nl", "zorg@voorbeeld.nl");
    }

    @Test
    void municipality_is_read_from_gemeente_phrases() {
        assertThat(DutchPatterns.municipality("Voor inwoners van de gemeente Gooise Meren")).contains("Gooise Meren");
    }
}
