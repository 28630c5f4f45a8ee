package nl.wegwijs.portal.entry;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import java.util.stream.Collectors;
import nl.wegwijs.backend.catalogue.CatalogueService;
import nl.wegwijs.backend.catalogue.EntryDetails;
import nl.wegwijs.portal.base.MainLayout;
import org.jspecify.annotations.Nullable;

/** /aanbod/{id}: what an entry is, for whom, where, who pays and how to get in touch. */
@Route(value = "aanbod/:id", layout = MainLayout.class)
public class EntryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogueService catalogue;
    private String title = "";

    EntryView(CatalogueService catalogue) {
        this.catalogue = catalogue;
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        var found = catalogue.findPublished(id);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    private void show(EntryDetails e) {
        removeAll();
        title = getTranslation("entry.pageTitle", e.name());
        Span kind = new Span(getTranslation("kind." + e.kind()));
        kind.addClassName("wegwijs-kind");
        add(new H1(e.name()), kind);
        if (e.summary() != null) {
            add(new Paragraph(e.summary()));
        }
        DescriptionList facts = new DescriptionList();
        facts.addClassName("wegwijs-facts");
        fact(facts, "entry.region", e.region());
        fact(facts, "entry.audience", e.audience());
        fact(facts, "entry.categories", e.categories().isEmpty() ? null : String.join(", ", e.categories()));
        fact(facts, "entry.funding", e.funding().isEmpty() ? null
                : e.funding().stream().map(f -> f.detail() == null ? f.route().code() : f.detail()).collect(Collectors.joining(", ")));
        if (e.url() != null) factComponent(facts, "entry.website", new Anchor(Links.web(e.url()), e.url()));
        if (e.phone() != null) factComponent(facts, "entry.phone", new Anchor(Links.tel(e.phone()), e.phone()));
        if (e.email() != null) factComponent(facts, "entry.email", new Anchor("mailto:" + e.email(), e.email()));
        fact(facts, "entry.lastVerified", e.lastVerifiedOn() == null ? getTranslation("entry.notVerified") : e.lastVerifiedOn().toString());
        fact(facts, "entry.source", e.sources().isEmpty() ? e.source()
                : e.sources().stream().map(s -> s.document()).distinct().collect(Collectors.joining(", ")));
        add(facts);
    }

    private void fact(DescriptionList list, String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            factComponent(list, key, new Span(value));
        }
    }

    private void factComponent(DescriptionList list, String key, Component value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
