package nl.wegwijs.backend.crawlreview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScheduleTests {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Instant MONDAY_NOON = Instant.parse("2026-11-30T11:00:00Z");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            P7D            | 2026-12-07T11:00:00Z | PT168H
            PT12H          | 2026-11-30T23:00:00Z | PT12H
            0 0 4 * * *    | 2026-12-01T03:00:00Z | PT24H
            0 0 4 * * MON  | 2026-12-07T03:00:00Z | PT168H
            """)
    void cron_expressions_and_intervals_give_the_next_due_time(String text, Instant next, Duration gap) {
        Schedule schedule = Schedule.parse(text).orElseThrow();
        assertThat(schedule.next(MONDAY_NOON, AMSTERDAM)).isEqualTo(next);
        assertThat(schedule.shortestGap(MONDAY_NOON, AMSTERDAM)).isEqualTo(gap);
    }

    @ParameterizedTest
    @CsvSource({"elke dag", "PT0S", "-PT1H", "P", "0 0 25 * * *", "''"})
    void anything_else_is_not_a_schedule(String text) {
        assertThat(Schedule.parse(text)).isEmpty();
    }
}
