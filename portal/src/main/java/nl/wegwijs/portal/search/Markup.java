package nl.wegwijs.portal.search;

/**
 * HTML text for the parts of a results page that never change after rendering (cards, filter
 * lists). One Html component per card keeps one server-side node instead of ten, which is most of
 * a public session's memory; every value passes through {@link #text} first.
 */
final class Markup {

    private Markup() {}

    static String text(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A link the Vaadin router follows in the page (no reload). */
    static String link(String href, String label, String attributes) {
        return "<a router-link href=\"" + text(href) + "\"" + attributes + ">" + label + "</a>";
    }

    /** The index's snippet (escaped text with mark elements) as markup, re-escaped piece by piece. */
    static String snippet(String snippet) {
        StringBuilder out = new StringBuilder();
        var m = java.util.regex.Pattern.compile("<mark>(.*?)</mark>", java.util.regex.Pattern.DOTALL).matcher(snippet);
        int last = 0;
        while (m.find()) {
            out.append(text(SnippetText.unescape(snippet.substring(last, m.start()))))
                    .append("<mark>").append(text(SnippetText.unescape(m.group(1)))).append("</mark>");
            last = m.end();
        }
        return out.append(text(SnippetText.unescape(snippet.substring(last)))).toString();
    }
}
