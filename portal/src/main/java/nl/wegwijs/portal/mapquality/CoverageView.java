package nl.wegwijs.portal.mapquality;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.wegwijs.backend.mapquality.CoverageService;
import nl.wegwijs.backend.mapquality.CoverageTable;
import nl.wegwijs.portal.editor.EditorMenu;

/**
 * /redactie/dekking: per place the catalogue names, how many published entries of each kind lie within the radius,
 * for one target group. A 0 is marked as a gap in words and colour; the CSV holds every group at once.
 */
@Route("redactie/dekking")
@RolesAllowed("EDITOR")
class CoverageView extends VerticalLayout implements HasDynamicTitle {

    private static final String ALL = "all";
    private static final List<Integer> RADII = List.of(10, 20, 30, 50);

    private final CoverageService coverage;
    private final Select<String> group = new Select<>();
    private final Select<Integer> radius = new Select<>();
    private final Grid<CoverageTable.Row> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();

    CoverageView(CoverageService coverage) {
        this.coverage = coverage;
        setSizeFull();
        List<String> groups = new ArrayList<>(List.of(ALL));
        groups.addAll(CoverageService.GROUPS);
        group.setLabel(getTranslation("coverage.group"));
        group.setItems(groups);
        group.setItemLabelGenerator(g -> getTranslation("coverage.group." + g));
        group.setValue(ALL);
        radius.setLabel(getTranslation("coverage.radius"));
        radius.setItems(RADII);
        radius.setItemLabelGenerator(km -> getTranslation("coverage.km", km));
        radius.setValue((int) CoverageService.DEFAULT_RADIUS_KM);
        group.addValueChangeListener(e -> refresh());
        radius.addValueChangeListener(e -> refresh());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        grid.getElement().setAttribute("data-coverage", "");
        grid.addComponentColumn(this::placeLink).setHeader(getTranslation("coverage.place")).setFlexGrow(2).setFrozen(true);
        grid.addColumn(CoverageTable.Row::province).setHeader(getTranslation("coverage.province"));
        for (int k = 0; k < CoverageService.KINDS.size(); k++) {
            int kind = k;
            grid.addComponentColumn(row -> cell(row.count(kind)))
                    .setHeader(getTranslation("editor.kind." + CoverageService.KINDS.get(k)));
        }
        // The download runs outside the UI's request, so the texts use the locale the screen was opened in.
        Locale locale = getLocale();
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = coverage.csv(radius.getValue(), key -> label(locale, key)).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "dekking.csv", "text/csv; charset=utf-8", bytes.length);
        }), getTranslation("coverage.csv"));
        csv.getElement().setAttribute("download", true);
        csv.addClassName("coverage-csv");
        refresh();
        add(new EditorMenu(), new H1(getTranslation("coverage.title")), new Paragraph(getTranslation("coverage.explain")),
                new HorizontalLayout(group, radius), summary, csv, grid);
    }

    private void refresh() {
        String chosen = ALL.equals(group.getValue()) ? null : group.getValue();
        CoverageTable table = coverage.table(chosen, radius.getValue());
        grid.setItems(table.rows());
        summary.setText(getTranslation("coverage.summary", table.gaps(), table.rows().size()));
    }

    /** A 0 says "gat" in words too, so the gap does not depend on seeing colour. */
    private Span cell(int count) {
        Span cell = new Span(count == 0 ? getTranslation("coverage.gap") : Integer.toString(count));
        if (count == 0) {
            cell.addClassName("coverage-gap");
            cell.getStyle().set("background", "#fde7e9").set("color", "#8a1c23").set("font-weight", "bold")
                    .set("padding", "0 0.4em").set("border-radius", "0.25em");
        }
        return cell;
    }

    /** The place opens the public social map around it, with the same radius and target group. */
    private Anchor placeLink(CoverageTable.Row row) {
        StringBuilder href = new StringBuilder("sociale-kaart?place=").append(URLEncoder.encode(row.place(), StandardCharsets.UTF_8))
                .append("&radiusKm=").append(radius.getValue());
        if (!ALL.equals(group.getValue())) href.append("&for=").append(group.getValue());
        return new Anchor(href.toString(), row.place());
    }

    private String label(Locale locale, String key) {
        return key.startsWith("kind.") ? getTranslation(locale, "editor." + key) : getTranslation(locale, "coverage." + key);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coverage.title") + " · Wegwijs";
    }
}
