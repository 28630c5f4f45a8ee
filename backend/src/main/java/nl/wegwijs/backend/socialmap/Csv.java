package nl.wegwijs.backend.socialmap;

import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 quoting with a semicolon separator and a byte-order mark, which is what Dutch spreadsheet
 * programs open without an import dialog. Cells that start with = + - @ get a leading apostrophe so a
 * spreadsheet never runs them as a formula (OWASP "CSV injection").
 */
final class Csv {

    static final List<String> HEADER = List.of("naam", "soort", "plaats", "leeftijd", "financiering", "voor",
            "telefoon", "e-mail", "website", "laatst gecontroleerd", "wegwijs-id");

    private Csv() {}

    static String of(List<SocialMapRow> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, HEADER);
        rows.forEach(r -> line(out, r.csvCells()));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        out.append(cells.stream().map(Csv::cell).collect(Collectors.joining(";"))).append("\r\n");
    }

    static String cell(String value) {
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
