package nl.wegwijs.portal.search;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows a highlighted snippet as text nodes and &lt;mark&gt; elements. Nothing is set as innerHTML, so
 * whatever an entry contains stays text in the browser.
 */
final class SnippetText {

    private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>", Pattern.DOTALL);

    private SnippetText() {}

    static Span of(String snippet) {
        Span span = new Span();
        span.addClassName("wegwijs-snippet");
        Matcher m = MARK.matcher(snippet);
        int last = 0;
        while (m.find()) {
            span.getElement().appendChild(Element.createText(unescape(snippet.substring(last, m.start()))));
            span.getElement().appendChild(new Element("mark").setText(unescape(m.group(1))));
            last = m.end();
        }
        span.getElement().appendChild(Element.createText(unescape(snippet.substring(last))));
        return span;
    }

    static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&#x27;", "'").replace("&amp;", "&");
    }
}
