package nl.wegwijs.portal.crawling;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import nl.wegwijs.backend.crawlreview.LinkChecks;
import nl.wegwijs.backend.crawlreview.LinkProblem;
import org.jspecify.annotations.Nullable;

/** /redactie/links: published entries whose website is broken, moved or unreachable, as of the latest check. */
@Route("redactie/links")
@RolesAllowed("EDITOR")
class LinksView extends VerticalLayout implements HasDynamicTitle {

    private final LinkChecks links;
    private final Grid<LinkProblem> grid = new Grid<>();
    private final Paragraph status = new Paragraph();
    private final Button checkNow = new Button();
    private @Nullable Registration polling;
    private boolean wasChecking;

    LinksView(LinkChecks links) {
        this.links = links;
        setSizeFull();
        checkNow.setText(getTranslation("crawl.links.checkNow"));
        checkNow.addClickListener(e -> {
            Notification.show(getTranslation(links.checkAllInBackground() ? "crawl.links.started" : "crawl.links.busy"));
            refresh();
        });
        grid.addComponentColumn(p -> new Anchor("aanbod/" + p.entryId(), p.entryName()))
                .setHeader(getTranslation("crawl.links.entry")).setFlexGrow(2);
        grid.addColumn(LinkProblem::url).setHeader(getTranslation("crawl.links.url")).setFlexGrow(2);
        grid.addColumn(p -> getTranslation("crawl.links.kind." + p.kind())).setHeader(getTranslation("crawl.links.kind"));
        grid.addColumn(this::detail).setHeader(getTranslation("crawl.links.detail")).setFlexGrow(2);
        grid.addColumn(p -> Texts.time(p.checkedAt(), getLocale())).setHeader(getTranslation("crawl.links.checkedAt"));
        refresh();
        add(new nl.wegwijs.portal.editor.EditorMenu(), new H1(getTranslation("crawl.links.title")), status, checkNow, grid);
    }

    private String detail(LinkProblem p) {
        return switch (p.kind()) {
            case BROKEN -> getTranslation("crawl.links.httpStatus", p.httpStatus());
            case MOVED -> getTranslation("crawl.links.movedTo", p.newUrl());
            case UNREACHABLE -> p.detail() == null ? "" : p.detail();
        };
    }

    private void refresh() {
        wasChecking = links.isChecking();
        grid.setItems(links.problems());
        checkNow.setEnabled(!links.isChecking());
        status.setText(links.isChecking() ? getTranslation("crawl.links.checking")
                : links.lastCheck() == null ? getTranslation("crawl.links.never")
                : getTranslation("crawl.links.lastCheck", Texts.time(links.lastCheck(), getLocale())));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(5000);
        polling = event.getUI().addPollListener(e -> {
            // Refresh while a check runs and once after it ended; otherwise the list cannot have changed.
            if (links.isChecking() || wasChecking) refresh();
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) polling.remove();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("crawl.links.title");
    }
}
