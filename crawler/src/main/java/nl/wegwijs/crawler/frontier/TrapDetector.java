package nl.wegwijs.crawler.frontier;

import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises crawler traps: endless calendars ("next month" forever), paths that repeat a segment
 * ({@code /a/b/a/b/a/b}, usually a relative-link bug), and absurdly long or deep URLs. A calendar is bounded by
 * counting distinct URLs per date-free shape; a real agenda rarely needs more than a year of months.
 */
public final class TrapDetector {

    private static final int MAX_URL_LENGTH = 1024;
    private static final int MAX_SEGMENTS = 16;
    private static final int MAX_SAME_SEGMENT = 3;

    /**
     * Dates and date-like parameters: 2026-05, 2026/05/01, 20260501, ?month=5&year=2026, ?date=…. A bare
     * four-digit number is not a date: {@code /aanbod/2001} is far more often an id than a year.
     */
    private static final Pattern DATE_PART = Pattern.compile(
            "(?<![0-9])(19|20)[0-9]{2}([-/](0?[1-9]|1[0-2])([-/][0-3]?[0-9])?|(0[1-9]|1[0-2])[0-3][0-9])(?![0-9])"
                    + "|(?i)(?<=[?&](day|month|year|week|date|maand|jaar|dag|week|datum|cal|calendar)=)[^&]*");

    private final int maxPerCalendarShape;
    private final Map<String, Set<String>> calendarShapes = new HashMap<>();

    public TrapDetector(int maxPerCalendarShape) {
        this.maxPerCalendarShape = maxPerCalendarShape;
    }

    /** Why the URL looks like a trap, or empty; records the URL's calendar shape as a side effect. */
    public Optional<String> trapReason(URI url) {
        String s = url.toString();
        if (s.length() > MAX_URL_LENGTH) {
            return Optional.of("URL longer than " + MAX_URL_LENGTH);
        }
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        String[] segments = path.split("/");
        if (segments.length > MAX_SEGMENTS) {
            return Optional.of("more than " + MAX_SEGMENTS + " path segments");
        }
        Map<String, Integer> counts = new HashMap<>();
        for (String segment : segments) {
            if (!segment.isEmpty() && counts.merge(segment, 1, Integer::sum) >= MAX_SAME_SEGMENT) {
                return Optional.of("path repeats segment '" + segment + "'");
            }
        }
        String pathAndQuery = path + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        var matcher = DATE_PART.matcher(pathAndQuery);
        if (matcher.find()) {
            String shape = url.getHost() + matcher.replaceAll("#");
            Set<String> seen = calendarShapes.computeIfAbsent(shape, k -> new HashSet<>());
            if (!seen.contains(pathAndQuery) && seen.size() >= maxPerCalendarShape) {
                return Optional.of("calendar-like URL beyond " + maxPerCalendarShape + " variants of " + shape);
            }
            seen.add(pathAndQuery);
        }
        return Optional.empty();
    }
}
