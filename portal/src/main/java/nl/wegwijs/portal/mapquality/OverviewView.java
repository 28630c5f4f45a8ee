package nl.wegwijs.portal.mapquality;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import nl.wegwijs.backend.mapquality.DuplicatePair;
import nl.wegwijs.backend.mapquality.Gap;
import nl.wegwijs.backend.mapquality.LinkCounts;
import nl.wegwijs.backend.mapquality.MapQualityService;
import nl.wegwijs.portal.editor.EditorMenu;

/**
 * /redactie/overzicht: the counts of what needs an editor at the top, then one list per problem. The path rule
 * and the editor navigation guard let only editors in; the service checks the role again.
 */
@Route("redactie/overzicht")
@RolesAllowed("EDITOR")
class OverviewView extends VerticalLayout implements HasDynamicTitle {

    private final MapQualityService quality;

    OverviewView(MapQualityService quality) {
        this.quality = quality;
        List<DuplicatePair> duplicates = quality.duplicates();
        add(new EditorMenu(), new H1(getTranslation("overview.title")), new Paragraph(getTranslation("overview.scope")),
                counts(duplicates.size()));
        for (Gap gap : Gap.values()) {
            add(section("overview.section." + gap, "overview.explain." + gap, new GapGrid(quality, gap)));
        }
        add(section("overview.section.duplicates", "overview.explain.duplicates", duplicates(duplicates)));
    }

    private UnorderedList counts(int duplicatePairs) {
        UnorderedList list = new UnorderedList();
        list.addClassName("overview-counts");
        list.add(new ListItem(getTranslation("overview.count.NOT_VERIFIED", quality.count(Gap.NOT_VERIFIED),
                EditorLinks.date(quality.verifiedCutoff(), getLocale()))));
        LinkCounts links = quality.links();
        String linkText = links.lastCheck() == null ? getTranslation("overview.count.linksNever")
                : getTranslation("overview.count.links", links.total(), links.broken(), links.moved(), links.unreachable());
        list.add(new ListItem(new Paragraph(linkText), new Anchor("redactie/links", getTranslation("overview.links.open"))));
        for (Gap gap : List.of(Gap.NO_REGION, Gap.NO_CATEGORY, Gap.NO_FUNDING)) {
            list.add(new ListItem(getTranslation("overview.count." + gap, quality.count(gap))));
        }
        list.add(new ListItem(getTranslation("overview.count.duplicates", duplicatePairs)));
        list.add(new ListItem(new Anchor("redactie/dekking", getTranslation("overview.coverage"))));
        return list;
    }

    private VerticalLayout section(String title, String explanation, Component content) {
        VerticalLayout section = new VerticalLayout(new H2(getTranslation(title)), new Paragraph(getTranslation(explanation)),
                content);
        section.setPadding(false);
        section.setWidthFull();
        content.getElement().getStyle().set("width", "100%");
        return section;
    }

    private Component duplicates(List<DuplicatePair> pairs) {
        if (pairs.isEmpty()) return new Paragraph(getTranslation("overview.none"));
        Grid<DuplicatePair> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("18em");
        grid.getElement().setAttribute("data-gap", "DUPLICATES");
        grid.addComponentColumn(p -> EditorLinks.entry(p.first().id(), p.first().name()))
                .setHeader(getTranslation("overview.column.first")).setFlexGrow(2);
        grid.addComponentColumn(p -> EditorLinks.entry(p.second().id(), p.second().name()))
                .setHeader(getTranslation("overview.column.second")).setFlexGrow(2);
        grid.addColumn(p -> getTranslation("overview.reason." + p.reason(), p.shared()))
                .setHeader(getTranslation("overview.column.reason")).setFlexGrow(2);
        grid.addColumn(p -> String.format(Locale.ROOT, "%d%%", Math.round(p.similarity() * 100)))
                .setHeader(getTranslation("overview.column.similarity"));
        grid.setItems(pairs);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.title") + " · Wegwijs";
    }
}
