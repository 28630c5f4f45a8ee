package nl.wegwijs.backend.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each field's rule, as a table: value, and the message key it earns (empty = fine). */
class FieldRulesTests {

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "name,,field.required", "name,Logeerhuis De Ster,-", "kind,,field.required", "summary,,-",
            "url,https://www.linawijs.nl,-", "url,http://example.org/pad?x=1,-", "url,www.linawijs.nl,field.url.invalid",
            "url,javascript:alert(1),field.url.invalid", "url,https://localhost,field.url.invalid",
            "email,info@linawijs.nl,-", "email,info@linawijs,field.email.invalid", "email,geen mail,field.email.invalid",
            "phone,030 123 4567,-", "phone,06-12345678,-", "phone,+31 30 123 4567,-", "phone,0800 1234,-",
            "phone,12345,field.phone.invalid", "phone,030 123 456,field.phone.invalid", "phone,+32 2 123 45 67,field.phone.invalid",
            "postcode,3511 AB,-", "postcode,3511ab,-", "postcode,0511 AB,field.postcode.invalid",
            "postcode,3511 SS,field.postcode.invalid", "postcode,35111 AB,field.postcode.invalid",
            "ageMin,0,-", "ageMax,18,-", "ageMax,121,field.age.invalid", "ageMin,-1,field.age.invalid", "ageMin,tien,field.age.invalid",
            "latitude,52.09,-", "latitude,48.85,field.latitude.invalid", "longitude,5.12,-", "longitude,2.35,field.longitude.invalid",
            "longitude,oost,field.longitude.invalid"})
    void each_field_has_a_rule_that_names_the_problem(String field, String value, String expectedKey) {
        assertThat(FieldRules.problem(field, value).orElse(null)).isEqualTo(expectedKey);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"4,18,-,-,-", "18,4,-,-,field.age.range", "4,4,52.1,5.1,-", "-,-,52.1,-,field.coordinates.pair"})
    void age_ranges_run_upwards_and_coordinates_come_in_pairs(String min, String max, String lat, String lon, String key) {
        assertThat(FieldRules.pairProblem(min, max, lat, lon).orElse(null)).isEqualTo(key);
    }
}
