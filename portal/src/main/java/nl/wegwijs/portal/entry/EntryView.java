package nl.wegwijs.portal.entry;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import java.util.List;
import nl.wegwijs.backend.catalogue.EntryDetails;
import nl.wegwijs.backend.finder.EntryPage;
import nl.wegwijs.backend.finder.FinderService;
import nl.wegwijs.index.SearchHit;
import nl.wegwijs.portal.base.MainLayout;
import nl.wegwijs.portal.mymap.AddToMapButton;

/** /aanbod/{id}: what an entry is, for whom, where, how to apply, who pays, how to get in touch, and what relates. */
@Route(value = "aanbod/:id", layout = MainLayout.class)
@AnonymousAllowed
public class EntryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final FinderService finder;
    private final CorrectionSender corrections;
    private String title = "";

    EntryView(FinderService finder, CorrectionSender corrections) {
        this.finder = finder;
        this.corrections = corrections;
        setPadding(false);
        addClassName("wegwijs-entry");
        // Another page must not carry this entry's structured data.
        addDetachListener(d -> d.getUI().getPage().executeJs(EntryPageHead.SCRIPT_JS, (String) null));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        var page = finder.entryPage(id);
        if (page.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(page.get(), event.getLocation().getPath());
    }

    private void show(EntryPage page, String path) {
        EntryDetails e = page.entry();
        removeAll();
        title = getTranslation("entry.pageTitle", e.name());
        EntryContent.of(e, this, getLocale()).forEach(this::add);
        add(new AddToMapButton(e.id(), e.name(), e.phone(), e.settings()));
        hits("entry.related", page.related());
        hits("entry.mentionedIn", page.mentionedIn());
        CorrectionForm form = new CorrectionForm();
        form.addSendListener(s -> {
            CorrectionSender.Outcome outcome = corrections.send(e, s, clientAddress(), path);
            form.done(outcome == CorrectionSender.Outcome.SENT, getTranslation(outcome.messageKey));
        });
        add(form);
        // In the head, as the server sent it for a fresh load (EntryPageHead); no element kept in the UI.
        getElement().executeJs(EntryPageHead.SCRIPT_JS, JsonLd.of(e, "/" + path));
    }

    private void hits(String titleKey, List<SearchHit> hits) {
        if (hits.isEmpty()) return;
        UnorderedList list = new UnorderedList();
        hits.forEach(h -> list.add(new ListItem(new RouterLink(h.name(), EntryView.class, new RouteParameters("id", h.id())))));
        Section section = new Section(new H2(getTranslation(titleKey)), list);
        section.addClassName("wegwijs-related");
        add(section);
    }

    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? "unknown" : request.getRemoteAddr();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
