package nl.wegwijs.portal.mapquality;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import nl.wegwijs.backend.mapquality.EntryLine;
import nl.wegwijs.backend.mapquality.Gap;
import nl.wegwijs.backend.mapquality.MapQualityService;

/** A lazy grid of the published entries with one gap; each name opens the entry in the editor. */
class GapGrid extends Grid<EntryLine> {

    GapGrid(MapQualityService quality, Gap gap) {
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setHeight("18em");
        getElement().setAttribute("data-gap", gap.name());
        addComponentColumn(line -> EditorLinks.entry(line.id(), line.name()))
                .setHeader(getTranslation("overview.column.name")).setFlexGrow(3);
        addColumn(line -> getTranslation("editor.kind." + line.kind())).setHeader(getTranslation("overview.column.kind"));
        addColumn(line -> line.region() == null ? "" : line.region()).setHeader(getTranslation("overview.column.region"));
        addColumn(line -> line.lastVerifiedOn() == null ? getTranslation("overview.never")
                : EditorLinks.date(line.lastVerifiedOn(), getLocale())).setHeader(getTranslation("overview.column.verified"));
        setItems(q -> quality.entries(gap, q.getOffset(), q.getLimit()).stream(), q -> (int) quality.count(gap));
    }
}
