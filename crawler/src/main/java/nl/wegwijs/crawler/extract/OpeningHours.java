package nl.wegwijs.crawler.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Opening hours as short readable lines, from {@code openingHours} text or {@code OpeningHoursSpecification}. */
final class OpeningHours {

    private static final int MAX_LINES = 14;

    private OpeningHours() {}

    static List<String> of(Map<String, Object> d) {
        List<String> lines = new ArrayList<>();
        for (Object o : SchemaOrgMapper.all(d.get("openingHours"))) {
            if (o instanceof String s) {
                add(lines, Text.clean(s, 100));
            }
        }
        for (Object o : SchemaOrgMapper.all(d.get("openingHoursSpecification"))) {
            if (o instanceof Map<?, ?> raw) {
                add(lines, specification(SchemaOrgMapper.cast(raw)));
            }
        }
        return lines;
    }

    private static String specification(Map<String, Object> spec) {
        List<String> days = new ArrayList<>();
        for (Object day : SchemaOrgMapper.all(spec.get("dayOfWeek"))) {
            if (day instanceof String s) {
                days.add(SchemaTypes.shortName(s));
            } else if (day instanceof Map<?, ?> m && m.get("@id") instanceof String id) {
                days.add(SchemaTypes.shortName(id));
            }
        }
        String opens = SchemaOrgMapper.first(spec, "opens");
        String closes = SchemaOrgMapper.first(spec, "closes");
        String hours = opens == null && closes == null ? "" : " " + trimSeconds(opens) + "-" + trimSeconds(closes);
        String validity = SchemaOrgMapper.first(spec, "validFrom") == null ? "" : " (from " + SchemaOrgMapper.first(spec, "validFrom") + ")";
        return (String.join(",", days) + hours + validity).strip();
    }

    private static String trimSeconds(String time) {
        return time == null ? "?" : time.matches("\\d{2}:\\d{2}:\\d{2}") ? time.substring(0, 5) : time;
    }

    private static void add(List<String> lines, String line) {
        if (line != null && !line.isBlank() && lines.size() < MAX_LINES && !lines.contains(line)) {
            lines.add(line);
        }
    }
}
