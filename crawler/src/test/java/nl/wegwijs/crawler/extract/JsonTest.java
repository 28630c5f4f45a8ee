package nl.wegwijs.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonTest {

    @Test
    void objects_arrays_strings_and_escapes_are_read() {
        Object value = Json.parse("{\"a\": [1, true, null, \"x\\u00e9\\n\"], \"b\": {\"c\": \"d\"}, \"n\": null}");
        assertThat(value).isEqualTo(Map.of("a", List.of(1.0, true, "x\u00e9\n"), "b", Map.of("c", "d")));
    }

    @ParameterizedTest(name = "{0} is rejected")
    @CsvSource(delimiter = '|', textBlock = """
            {"a": 1,}
            {"a" 1}
            [1, 2
            {"a": "unterminated}
            """)
    void malformed_json_is_rejected(String text) {
        assertThatThrownBy(() -> Json.parse(text)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void hostile_nesting_is_rejected_instead_of_overflowing_the_stack() {
        assertThatThrownBy(() -> Json.parse("[".repeat(10_000))).isInstanceOf(Json.MalformedJson.class);
    }
}
