package nl.wegwijs.portal.socialmap;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.wegwijs.backend.socialmap.SocialMapFilter;
import nl.wegwijs.backend.socialmap.SocialMapRow;
import nl.wegwijs.backend.socialmap.SocialMapService;
import nl.wegwijs.portal.base.MainLayout;

/**
 * /sociale-kaart: for professionals. The filter lives in the URL; the table is lazy (only the visible
 * rows are fetched, sorted by the service); chosen rows go out as CSV or as a printable referral list.
 */
@Route(value = "sociale-kaart", layout = MainLayout.class)
@AnonymousAllowed
class SocialMapView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SocialMapService service;
    private final Grid<SocialMapRow> grid = new Grid<>();
    private final Div referralList = new Div();
    private SocialMapFilter filter = SocialMapFilter.none();

    SocialMapView(SocialMapService service) {
        this.service = service;
        setPadding(false);
        addClassName("wegwijs-socialmap");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addThemeName("compact");
        grid.addThemeName("row-stripes");
        grid.setWidthFull();
        grid.setHeight("28rem");
        column(SocialMapRow::name, "socialmap.col.name", SocialMapRow.Column.NAME).setFlexGrow(3);
        grid.addColumn(r -> getTranslation("kind." + r.kind())).setHeader(getTranslation("socialmap.col.kind"))
                .setSortProperty(SocialMapRow.Column.KIND.name()).setResizable(true);
        column(SocialMapRow::place, "socialmap.col.place", SocialMapRow.Column.PLACE);
        column(SocialMapRow::funding, "socialmap.col.funding", SocialMapRow.Column.FUNDING);
        grid.addColumn(SocialMapRow::phone).setHeader(getTranslation("socialmap.col.phone")).setResizable(true);
        column(r -> r.lastVerifiedOn() == null ? "–" : r.lastVerifiedOn().toString(), "socialmap.col.verified", SocialMapRow.Column.LAST_VERIFIED);
        grid.setMultiSort(false);
        referralList.addClassName("wegwijs-referral");
    }

    private Grid.Column<SocialMapRow> column(com.vaadin.flow.function.ValueProvider<SocialMapRow, String> value, String header,
            SocialMapRow.Column sort) {
        return grid.addColumn(value).setHeader(getTranslation(header)).setSortProperty(sort.name()).setResizable(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = SocialMapState.from(event.getLocation().getQueryParameters());
        removeAll();
        long total = service.count(filter);
        grid.setItems(q -> {
            var order = q.getSortOrders().isEmpty() ? null : q.getSortOrders().getFirst();
            SocialMapRow.Column column = order == null ? SocialMapRow.Column.NAME : SocialMapRow.Column.valueOf(order.getSorted());
            boolean ascending = order == null || order.getDirection() == SortDirection.ASCENDING;
            return service.rows(filter, column, ascending, q.getOffset(), q.getLimit()).stream();
        }, q -> (int) service.count(filter));
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = service.csv(chosenIds()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "sociale-kaart.csv", "text/csv; charset=utf-8", bytes.length);
        }), getTranslation("socialmap.csv"));
        csv.addClassName("wegwijs-csv");
        Button print = new Button(getTranslation("socialmap.print"), e -> {
            showReferralList();
            getElement().executeJs("setTimeout(() => window.print(), 100)");
        });
        Button preview = new Button(getTranslation("socialmap.preview"), e -> showReferralList());
        Div actions = new Div(new Paragraph(getTranslation("socialmap.chooseHint")), csv, preview, print);
        actions.addClassNames("wegwijs-actions", "wegwijs-noprint");
        Paragraph count = new Paragraph(getTranslation("search.count", total));
        count.getElement().setAttribute("role", "status");
        Div controls = new Div(new SocialMapFilterBar(filter, f -> getUI().ifPresent(ui ->
                ui.navigate(SocialMapView.class, SocialMapState.toQuery(f)))), count, grid, actions);
        controls.addClassNames("wegwijs-noprint");
        controls.setWidthFull();
        referralList.removeAll();
        add(new H1(getTranslation("socialmap.title")), new Paragraph(getTranslation("socialmap.intro")), controls, referralList);
    }

    /** The chosen rows, or all rows of the filter when nothing is chosen (capped by the service). */
    private List<String> chosenIds() {
        var chosen = grid.getSelectedItems();
        return chosen.isEmpty()
                ? service.rows(filter, SocialMapRow.Column.NAME, true, 0, 2_000).stream().map(SocialMapRow::id).toList()
                : chosen.stream().map(SocialMapRow::id).toList();
    }

    private void showReferralList() {
        referralList.removeAll();
        referralList.add(new ReferralList(service.rowsFor(chosenIds()), filter));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("socialmap.pageTitle");
    }
}
