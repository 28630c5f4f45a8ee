package nl.wegwijs.backend.crawlreview;

import java.time.Instant;

/** One line of a run's log. */
public record RunLogEntry(Instant at, Level level, String message) {

    public enum Level {
        INFO,
        WARN,
        ERROR
    }
}
