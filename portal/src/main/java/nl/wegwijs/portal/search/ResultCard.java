package nl.wegwijs.portal.search;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import nl.wegwijs.index.SearchHit;
import nl.wegwijs.portal.entry.EntryView;

/** One search result: name (a link to its page), kind, region and a highlighted snippet. */
class ResultCard extends Div {

    ResultCard(SearchHit hit) {
        addClassName("wegwijs-card");
        RouterLink link = new RouterLink(hit.name(), EntryView.class, new RouteParameters("id", hit.id()));
        Span kind = new Span(getTranslation("kind." + hit.kind()));
        kind.addClassName("wegwijs-kind");
        Div meta = new Div(kind);
        if (!hit.region().isBlank()) {
            Span region = new Span(hit.region());
            region.addClassName("wegwijs-kind");
            meta.add(region);
        }
        Paragraph text = new Paragraph(hit.snippet().isBlank() ? new Span(hit.summary()) : SnippetText.of(hit.snippet()));
        add(new H3(link), meta, text);
    }
}
