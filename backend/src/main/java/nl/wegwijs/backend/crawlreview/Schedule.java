package nl.wegwijs.backend.crawlreview;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.springframework.scheduling.support.CronExpression;

/**
 * When a source is crawled: a Spring cron expression (six fields, "0 0 4 * * MON") or an ISO-8601 interval
 * ("PT12H", "P7D") counted from the previous due time.
 */
sealed interface Schedule {

    Instant next(Instant after, ZoneId zone);

    /** The shortest gap between two due times, measured from {@code from} (a cron may fire unevenly). */
    default Duration shortestGap(Instant from, ZoneId zone) {
        Duration shortest = null;
        Instant at = next(from, zone);
        for (int i = 0; i < 8; i++) {
            Instant then = next(at, zone);
            Duration gap = Duration.between(at, then);
            shortest = shortest == null || gap.compareTo(shortest) < 0 ? gap : shortest;
            at = then;
        }
        return shortest;
    }

    record Cron(CronExpression expression) implements Schedule {
        @Override
        public Instant next(Instant after, ZoneId zone) {
            var next = expression.next(after.atZone(zone));
            if (next == null) throw new IllegalStateException("cron never fires: " + expression);
            return next.toInstant();
        }
    }

    record Interval(Duration every) implements Schedule {
        @Override
        public Instant next(Instant after, ZoneId zone) {
            return after.plus(every);
        }
    }

    /** Empty for text that is neither a valid cron expression nor a positive ISO-8601 duration. */
    static Optional<Schedule> parse(String text) {
        String s = text.strip();
        if (s.startsWith("P") || s.startsWith("p")) {
            try {
                Duration every = Duration.parse(s);
                return every.isNegative() || every.isZero() ? Optional.empty() : Optional.of(new Interval(every));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return CronExpression.isValidExpression(s) ? Optional.of(new Cron(CronExpression.parse(s))) : Optional.empty();
    }
}
