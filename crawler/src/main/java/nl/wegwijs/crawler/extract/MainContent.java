package nl.wegwijs.crawler.extract;

import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The main content of a page without its chrome: navigation, header and footer, sidebars, forms and cookie
 * banners are removed, then the first {@code main}/{@code article}-like container wins, else the body.
 */
final class MainContent {

    private static final String CHROME = "script, style, noscript, template, svg, iframe, nav, header, footer, aside, "
            + "form, dialog, [role=navigation], [role=banner], [role=contentinfo], [role=dialog], [role=alertdialog], "
            + "[aria-hidden=true], [hidden]";
    /** Ids and classes that CMS themes and consent managers use for chrome (Cookiebot, OneTrust, WordPress). */
    private static final Pattern CHROME_NAME = Pattern.compile(
            "(^|[-_\\s])(cookie\\w*|consent|gdpr|cookiebot\\w*|onetrust\\w*|cmp|banner|breadcrumbs?|nav|navbar|navigation|menu"
                    + "|footer|sidebar|skip-?link|social|share|newsletter|popup|modal)([-_\\s]|$)",
            Pattern.CASE_INSENSITIVE);
    private static final String MAIN = "main, [role=main], article, #content, #main, #main-content, .content, .main";

    private MainContent() {}

    /** A detached copy of the main content; the document itself is not changed. */
    static Element of(Document doc) {
        Element body = doc.body().clone();
        body.select(CHROME).remove();
        for (Element e : body.select("[id], [class]")) {
            if (e.parent() != null && (CHROME_NAME.matcher(e.id()).find() || CHROME_NAME.matcher(e.className()).find())) {
                e.remove();
            }
        }
        Element main = body.selectFirst(MAIN);
        return main != null ? main : body;
    }
}
