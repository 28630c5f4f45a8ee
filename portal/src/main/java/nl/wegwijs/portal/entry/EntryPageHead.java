package nl.wegwijs.portal.entry;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wegwijs.backend.catalogue.EntryDetails;
import nl.wegwijs.backend.finder.FinderService;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts an entry page's title and schema.org JSON-LD into the HTML the server sends, so crawlers and
 * link previews that run no JavaScript still see them (Vaadin builds the page body in the browser).
 * After in-app navigation the view keeps the same head script up to date ({@link #SCRIPT_JS}).
 */
@Component
class EntryPageHead implements VaadinServiceInitListener {

    static final String SCRIPT_ID = "wegwijs-jsonld";

    /** Replaces (or creates) the one JSON-LD script in the head; $0 is the JSON, or null to remove it. */
    static final String SCRIPT_JS = """
            let s = document.getElementById('wegwijs-jsonld');
            if ($0 === null) { if (s) s.remove(); return; }
            if (!s) { s = document.createElement('script'); s.type = 'application/ld+json'; s.id = 'wegwijs-jsonld'; document.head.appendChild(s); }
            s.textContent = $0;""";

    private static final Pattern ENTRY_PATH = Pattern.compile("^/aanbod/([^/?#]+)$");

    private final FinderService finder;
    private final MessageSource messages;

    EntryPageHead(FinderService finder, MessageSource messages) {
        this.finder = finder;
        this.messages = messages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::addHead);
    }

    private void addHead(IndexHtmlResponse response) {
        if (!(response.getVaadinRequest() instanceof VaadinServletRequest request)) return;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher entry = ENTRY_PATH.matcher(path);
        if (!entry.matches()) return;
        String id = URLDecoder.decode(entry.group(1), StandardCharsets.UTF_8);
        List<EntryDetails> found = finder.entries(List.of(id));
        if (found.isEmpty()) return;
        EntryDetails e = found.getFirst();
        Locale locale = response.getUI().map(UI::getLocale).orElse(Locale.of("nl"));
        Document document = response.getDocument();
        document.title(messages.getMessage("entry.pageTitle", new Object[] {e.name()}, locale));
        Element script = document.head().appendElement("script").attr("type", "application/ld+json").id(SCRIPT_ID);
        // A data block, not code: jsoup writes it unescaped, and JsonLd already escapes "<".
        script.appendChild(new org.jsoup.nodes.DataNode(JsonLd.of(e, path)));
    }
}
