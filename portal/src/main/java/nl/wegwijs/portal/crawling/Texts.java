package nl.wegwijs.portal.crawling;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Small formatting shared by the crawl screens. */
final class Texts {

    private Texts() {}

    static String time(@Nullable Instant at, Locale locale) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM)
                .withLocale(locale).withZone(ZoneId.systemDefault()).format(at);
    }

    static String lines(java.util.List<String> values) {
        return String.join("\n", values);
    }

    static java.util.List<String> lines(String text) {
        return java.util.Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
