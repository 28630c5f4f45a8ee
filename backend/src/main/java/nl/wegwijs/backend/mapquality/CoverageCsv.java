package nl.wegwijs.backend.mapquality;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The coverage table as CSV that Dutch Excel opens without an import dialog: UTF-8 with a byte-order mark,
 * semicolons, CRLF, RFC 4180 quoting; a cell starting with = + - @ gets an apostrophe so it never runs as a formula
 * (OWASP "CSV injection"). The same rules as the social map's export.
 */
final class CoverageCsv {

    private CoverageCsv() {}

    static String of(List<List<String>> lines) {
        StringBuilder out = new StringBuilder("\uFEFF");
        lines.forEach(cells -> out.append(cells.stream().map(CoverageCsv::cell).collect(Collectors.joining(";"))).append("\r\n"));
        return out.toString();
    }

    static String cell(String value) {
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
