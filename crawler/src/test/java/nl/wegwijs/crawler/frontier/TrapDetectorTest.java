package nl.wegwijs.crawler.frontier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrapDetectorTest {

    @ParameterizedTest(name = "{0}: trap={1}")
    @CsvSource({
        "https://example.nl/a/b/a/b/a/b, true",
        "https://example.nl/1/2/3/4/5/6/7/8/9/10/11/12/13/14/15/16/17, true",
        "https://example.nl/aanbod/logeerhuis, false",
        "https://example.nl/nieuws/2026/05/ouderavond, false",
    })
    void repeated_segments_and_deep_paths_are_traps(String url, boolean trap) {
        assertThat(new TrapDetector(24).trapReason(URI.create(url)).isPresent()).isEqualTo(trap);
    }

    @Test
    void a_calendar_shape_is_allowed_a_bounded_number_of_variants() {
        TrapDetector traps = new TrapDetector(12);
        int accepted = 0;
        for (int month = 0; month < 100; month++) {
            String ym = (2026 + month / 12) + "-" + String.format("%02d", month % 12 + 1);
            if (traps.trapReason(URI.create("https://example.nl/agenda?maand=" + ym)).isEmpty()) {
                accepted++;
            }
        }
        assertThat(accepted).isEqualTo(12);
    }

    @Test
    void four_digit_ids_are_not_mistaken_for_years() {
        TrapDetector traps = new TrapDetector(2);
        for (int id = 1990; id < 2030; id++) {
            assertThat(traps.trapReason(URI.create("https://example.nl/aanbod/" + id))).isEmpty();
        }
    }

    @Test
    void path_calendars_and_query_calendars_are_counted_separately() {
        TrapDetector traps = new TrapDetector(2);
        assertThat(traps.trapReason(URI.create("https://example.nl/agenda/2026/01")).isEmpty()).isTrue();
        assertThat(traps.trapReason(URI.create("https://example.nl/agenda/2026/02")).isEmpty()).isTrue();
        assertThat(traps.trapReason(URI.create("https://example.nl/agenda/2026/03")).isPresent()).isTrue();
        assertThat(traps.trapReason(URI.create("https://example.nl/kalender?date=2026-03-01")).isEmpty()).isTrue();
        assertThat(traps.trapReason(URI.create("https://example.nl/agenda/2026/01")).isEmpty()).as("seen before").isTrue();
    }
}
