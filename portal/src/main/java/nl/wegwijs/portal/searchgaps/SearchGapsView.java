package nl.wegwijs.portal.searchgaps;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Supplier;
import nl.wegwijs.backend.searchgaps.SearchGap;
import nl.wegwijs.backend.searchgaps.SearchGapException;
import nl.wegwijs.backend.searchgaps.SearchGapStatus;
import nl.wegwijs.backend.searchgaps.SearchGaps;
import nl.wegwijs.portal.editor.EditorMenu;

/**
 * /redactie/zoekvragen: what visitors searched without finding anything, most asked and open first;
 * each becomes a task (synonym, find the provision) or is ignored. A synonym works in search as soon
 * as it is saved; the lines are also offered for synonyms.txt, to make them part of the reviewed list.
 */
@Route("redactie/zoekvragen")
@RolesAllowed("EDITOR")
class SearchGapsView extends VerticalLayout implements HasDynamicTitle {

    private final SearchGaps gaps;
    private final Grid<SearchGap> grid = new Grid<>();

    SearchGapsView(SearchGaps gaps) {
        this.gaps = gaps;
        setSizeFull();
        grid.addColumn(SearchGap::query).setHeader(getTranslation("editor.gaps.query")).setFlexGrow(2);
        grid.addColumn(SearchGap::count).setHeader(getTranslation("editor.gaps.count"));
        grid.addColumn(g -> date(g.firstSeen()) + " – " + date(g.lastSeen())).setHeader(getTranslation("editor.gaps.seen"));
        grid.addColumn(g -> g.hitsNow() > 0 ? getTranslation("editor.gaps.findsNow", g.hitsNow()) : getTranslation("editor.gaps.findsNothing"))
                .setHeader(getTranslation("editor.gaps.now"));
        grid.addComponentColumn(this::status).setHeader(getTranslation("editor.gaps.status")).setFlexGrow(2);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("editor.gaps.actions")).setFlexGrow(3);
        grid.setItems(q -> gaps.page(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
        Anchor download = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = gaps.synonymFileAddition().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "synonyms-aanvulling.txt", "text/plain; charset=utf-8", bytes.length);
        }), getTranslation("editor.gaps.download"));
        add(new EditorMenu(), new H1(getTranslation("editor.gaps.title")), new Paragraph(getTranslation("editor.gaps.intro")),
                new Paragraph(getTranslation("editor.gaps.synonymHonesty")), download, grid);
    }

    private Div status(SearchGap g) {
        Div cell = new Div(new Span(getTranslation("editor.gaps.status." + g.status())));
        cell.getElement().setAttribute("data-status-of", g.query());
        if (g.status() == SearchGapStatus.SYNONYM && g.synonymLine() != null) cell.add(new Paragraph(g.synonymLine()));
        if (g.note() != null && g.status() == SearchGapStatus.FIND_PROVISION) cell.add(new Paragraph(g.note()));
        if (g.handledBy() != null && g.handledAt() != null) {
            cell.add(new Paragraph(getTranslation("editor.gaps.handledBy", g.handledBy(), DateTimeFormatter
                    .ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(ZoneId.systemDefault()).format(g.handledAt()))));
        }
        return cell;
    }

    private HorizontalLayout actions(SearchGap g) {
        HorizontalLayout row = new HorizontalLayout();
        switch (g.status()) {
            case OPEN -> row.add(
                    button(g, "synonym", () -> GapDialogs.synonym(g.query(), words -> act(() -> gaps.proposeSynonym(g.query(), words)))),
                    button(g, "provision", () -> GapDialogs.provision(g.query(), note -> act(() -> gaps.findProvision(g.query(), note)))),
                    button(g, "ignore", () -> act(() -> gaps.ignore(g.query()))));
            case SYNONYM, FIND_PROVISION -> row.add(button(g, "done", () -> act(() -> gaps.finish(g.query()))),
                    button(g, "reopen", () -> act(() -> gaps.reopen(g.query()))));
            case IGNORED, DONE -> row.add(button(g, "reopen", () -> act(() -> gaps.reopen(g.query()))));
        }
        return row;
    }

    private Button button(SearchGap g, String action, Runnable onClick) {
        Button b = new Button(getTranslation("editor.gaps.action." + action), e -> onClick.run());
        // Tests and screen readers find the action by the query it acts on.
        b.getElement().setAttribute("data-action", action);
        b.getElement().setAttribute("data-query", g.query());
        b.getElement().setAttribute("aria-label", getTranslation("editor.gaps.action." + action) + ": " + g.query());
        return b;
    }

    /** Runs one decision; a refused one explains itself, and the dialog stays open for a correction. */
    private boolean act(Supplier<SearchGap> decision) {
        try {
            SearchGap done = decision.get();
            Notification.show(getTranslation("editor.gaps.saved", done.query(), getTranslation("editor.gaps.status." + done.status())));
            grid.getDataProvider().refreshAll();
            return true;
        } catch (SearchGapException e) {
            Notification.show(getTranslation(e.messageKey()));
            return false;
        }
    }

    private String date(java.time.LocalDate d) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(d);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("editor.gaps.title");
    }
}
