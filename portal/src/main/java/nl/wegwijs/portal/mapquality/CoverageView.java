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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.wegwijs.backend.mapquality.CoverageService;
import nl.wegwijs.backend.mapquality.CoverageTable;
import nl.wegwijs.portal.editor.EditorMenu;
import org.jspecify.annotations.Nullable;

/**
 * /redactie/dekking: per place the catalogue names, how many published entries of each kind lie within the radius,
 * for one target group and one target condition. A 0 is marked as a gap in words and colour; the CSV holds every
 * group at once for the chosen condition. The choice lives in the address (?voor=kind&aandoening=emb&km=30), so an
 * editor can share or bookmark a table.
 */
@Route("redactie/dekking")
@RolesAllowed("EDITOR")
class CoverageView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final String ALL = "all";
    private static final List<Integer> RADII = List.of(10, 20, 30, 50);

    private final CoverageService coverage;
    private final Select<String> group = new Select<>();
    private final Select<String> condition = new Select<>();
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
        List<String> conditions = new ArrayList<>(List.of(ALL));
        conditions.addAll(CoverageService.CONDITIONS);
        condition.setLabel(getTranslation("coverage.condition"));
        condition.setItems(conditions);
        condition.setItemLabelGenerator(c -> ALL.equals(c) ? getTranslation("coverage.condition.all") : getTranslation("condition." + c));
        condition.setValue(ALL);
        group.addValueChangeListener(e -> changed(e.isFromClient()));
        condition.addValueChangeListener(e -> changed(e.isFromClient()));
        radius.addValueChangeListener(e -> changed(e.isFromClient()));
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
            String chosen = chosenCondition();
            byte[] bytes = coverage.csv(chosen, radius.getValue(), (key, args) -> label(locale, key, args))
                    .getBytes(StandardCharsets.UTF_8);
            String name = chosen == null ? "dekking.csv" : "dekking-" + chosen + ".csv";
            return new DownloadResponse(new ByteArrayInputStream(bytes), name, "text/csv; charset=utf-8", bytes.length);
        }), getTranslation("coverage.csv"));
        csv.getElement().setAttribute("download", true);
        csv.addClassName("coverage-csv");
        add(new EditorMenu(), new H1(getTranslation("coverage.title")), new Paragraph(getTranslation("coverage.explain")),
                new HorizontalLayout(group, condition, radius), summary, csv, grid);
    }

    /** ?voor=kind&aandoening=emb&km=50 opens the table as an editor shared it; unknown values fall back to all and 30 km. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        group.setValue(query.getSingleParameter("voor").filter(CoverageService.GROUPS::contains).orElse(ALL));
        condition.setValue(query.getSingleParameter("aandoening").filter(CoverageService.CONDITIONS::contains).orElse(ALL));
        radius.setValue(query.getSingleParameter("km").filter(v -> v.matches("\\d{1,3}")).map(Integer::valueOf)
                .filter(RADII::contains).orElse((int) CoverageService.DEFAULT_RADIUS_KM));
        refresh();
    }

    /** An editor's choice goes into the address without a reload, so the table can be shared or bookmarked. */
    private void changed(boolean byEditor) {
        if (!byEditor) return;
        refresh();
        Map<String, String> query = new LinkedHashMap<>();
        if (!ALL.equals(group.getValue())) query.put("voor", group.getValue());
        if (!ALL.equals(condition.getValue())) query.put("aandoening", condition.getValue());
        query.put("km", Integer.toString(radius.getValue()));
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location("redactie/dekking", QueryParameters.simple(query))));
    }

    private void refresh() {
        String chosen = ALL.equals(group.getValue()) ? null : group.getValue();
        String withCondition = chosenCondition();
        CoverageTable table = coverage.table(chosen, withCondition, radius.getValue());
        grid.setItems(table.rows());
        summary.setText(withCondition == null ? getTranslation("coverage.summary", table.gaps(), table.rows().size())
                : getTranslation("coverage.summary.condition", table.gaps(), table.rows().size(),
                        getTranslation("condition." + withCondition)));
    }

    private @Nullable String chosenCondition() {
        return ALL.equals(condition.getValue()) ? null : condition.getValue();
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

    private String label(Locale locale, String key, Object... arguments) {
        if (key.startsWith("kind.")) return getTranslation(locale, "editor." + key, arguments);
        // Condition words are the public page's, from the same bundle parents read.
        if (key.startsWith("condition.")) return getTranslation(locale, key, arguments);
        return getTranslation(locale, "coverage." + key, arguments);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coverage.title") + " · Wegwijs";
    }
}
