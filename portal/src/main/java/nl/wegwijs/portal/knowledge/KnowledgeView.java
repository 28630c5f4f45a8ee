package nl.wegwijs.portal.knowledge;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijs.backend.finder.EntryPage;
import nl.wegwijs.backend.finder.FinderService;
import nl.wegwijs.index.SearchHit;
import nl.wegwijs.index.SearchRequest;
import nl.wegwijs.portal.base.MainLayout;
import nl.wegwijs.portal.entry.EntryView;

/**
 * /kennisbank?q=...&kind=...: practice examples (Girfec, Linawijs, TRANSIT ...), knowledge, approaches,
 * tools and rules. Each item's page lists the provisions on its topics.
 */
@Route(value = "kennisbank", layout = MainLayout.class)
@AnonymousAllowed
class KnowledgeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final FinderService finder;

    KnowledgeView(FinderService finder) {
        this.finder = finder;
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> p = event.getLocation().getQueryParameters().getParameters();
        String text = p.getOrDefault("q", List.of("")).getFirst().strip();
        String chosen = p.getOrDefault("kind", List.of("")).getFirst();
        List<String> kinds = EntryPage.KNOWLEDGE_KINDS.contains(chosen) ? List.of(chosen) : EntryPage.KNOWLEDGE_KINDS;
        var found = finder.find(new SearchRequest(text.length() > 500 ? text.substring(0, 500) : text, 0, 30,
                Map.of("kind", kinds), null, false)).result();
        removeAll();
        TextField box = new TextField();
        box.setValue(text);
        box.setAriaLabel(getTranslation("knowledge.searchLabel"));
        box.setPlaceholder(getTranslation("knowledge.placeholder"));
        box.addKeyPressListener(Key.ENTER, e -> go(box.getValue(), chosen));
        Div bar = new Div(box, new Button(getTranslation("search.button"), e -> go(box.getValue(), chosen)));
        bar.addClassName("wegwijs-searchbar");
        UnorderedList chips = new UnorderedList();
        chips.addClassName("wegwijs-chips");
        chips.add(new ListItem(link(getTranslation("knowledge.all"), text, "")));
        EntryPage.KNOWLEDGE_KINDS.forEach(k -> chips.add(new ListItem(link(getTranslation("kind." + k), text, k))));
        add(new H1(getTranslation("knowledge.title")), new Paragraph(getTranslation("knowledge.intro")), bar, chips,
                new Paragraph(getTranslation("search.count", found.total())));
        Div list = new Div();
        list.setWidthFull();
        found.hits().forEach(h -> list.add(card(h)));
        add(list);
    }

    private RouterLink link(String label, String text, String kind) {
        RouterLink link = new RouterLink(label, KnowledgeView.class);
        Map<String, List<String>> q = new LinkedHashMap<>();
        if (!text.isEmpty()) q.put("q", List.of(text));
        if (!kind.isEmpty()) q.put("kind", List.of(kind));
        link.setQueryParameters(new QueryParameters(q));
        return link;
    }

    private Div card(SearchHit h) {
        Span kind = new Span(getTranslation("kind." + h.kind()));
        kind.addClassName("wegwijs-kind");
        Div card = new Div(new H3(new RouterLink(h.name(), EntryView.class, new RouteParameters("id", h.id()))), kind,
                new Paragraph(h.summary()));
        card.addClassName("wegwijs-card");
        return card;
    }

    private void go(String text, String kind) {
        Map<String, List<String>> q = new LinkedHashMap<>();
        q.put("q", List.of(text.strip()));
        if (!kind.isEmpty()) q.put("kind", List.of(kind));
        getUI().ifPresent(ui -> ui.navigate(KnowledgeView.class, new QueryParameters(q)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("knowledge.pageTitle");
    }
}
