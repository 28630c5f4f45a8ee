package nl.wegwijs.backend.mapquality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When two websites, phone numbers or postcodes count as the same for the duplicates list. */
class ContactKeysTests {

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "https://www.vlinder.nl/,          vlinder.nl",
            "http://vlinder.nl,                vlinder.nl",
            "WWW.Vlinder.NL/Logeren/,          vlinder.nl/logeren",
            "vlinder.nl/logeren?utm=x#top,     vlinder.nl/logeren",
            "https://vlinder.nl/a//,           vlinder.nl/a",
            "'   ',                            NULL",
            "localhost,                        NULL",
            "NULL,                             NULL"})
    void websites_compare_by_host_and_path_without_scheme_www_or_trailing_slash(String url, String key) {
        assertThat(ContactKeys.website(url).orElse(null)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "030 123 4567,      0301234567",
            "030-1234567,       0301234567",
            "+31 30 123 4567,   0301234567",
            "0031 30 1234567,   0301234567",
            "(06) 12 34 56 78,  0612345678",
            "14 030,            NULL",
            "NULL,              NULL"})
    void phone_numbers_compare_by_their_digits_with_the_country_code_as_a_leading_zero(String phone, String key) {
        assertThat(ContactKeys.phone(phone).orElse(null)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "4001 AB,  4001AB",
            "4001ab,   4001AB",
            "' 4001  ab ', 4001AB",
            "0123 AB,  NULL",
            "4001,     NULL",
            "NULL,     NULL"})
    void postcodes_compare_without_spaces_in_capitals(String postcode, String key) {
        assertThat(ContactKeys.postcode(postcode).orElse(null)).isEqualTo(key);
    }
}
