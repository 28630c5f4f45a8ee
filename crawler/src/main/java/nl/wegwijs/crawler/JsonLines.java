package nl.wegwijs.crawler;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Writes entries as one JSON object per line (JSON Lines), with a minimal RFC 8259 string escaper. */
final class JsonLines {

    private JsonLines() {}

    static String toJson(ExtractedEntry e) {
        StringBuilder sb = new StringBuilder(512).append('{');
        field(sb, "name", e.name());
        field(sb, "description", e.description());
        field(sb, "url", e.url());
        list(sb, "phones", e.phones());
        list(sb, "emails", e.emails());
        sb.append("\"address\":");
        if (e.address() == null) {
            sb.append("null,");
        } else {
            sb.append('{');
            field(sb, "street", e.address().street());
            field(sb, "postcode", e.address().postcode());
            field(sb, "place", e.address().place());
            field(sb, "municipality", e.address().municipality());
            sb.setLength(sb.length() - 1);
            sb.append("},");
        }
        list(sb, "openingHours", e.openingHours());
        field(sb, "startDate", e.startDate());
        list(sb, "guessedCategories", e.guessedCategories());
        field(sb, "schemaType", e.schemaType());
        field(sb, "source", e.source());
        field(sb, "sourcePage", e.sourcePage().toString());
        field(sb, "fetchedAt", e.fetchedAt().toString());
        sb.setLength(sb.length() - 1);
        return sb.append('}').toString();
    }

    private static void field(StringBuilder sb, String name, @Nullable String value) {
        sb.append('"').append(name).append("\":");
        if (value == null) {
            sb.append("null");
        } else {
            string(sb, value);
        }
        sb.append(',');
    }

    private static void list(StringBuilder sb, String name, List<String> values) {
        sb.append('"').append(name).append("\":[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            string(sb, values.get(i));
        }
        sb.append("],");
    }

    static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                // U+2028/2029 are legal JSON but break JavaScript consumers; escape them with the controls.
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
