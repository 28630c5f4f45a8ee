package nl.wegwijs.portal.search;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Map;
import nl.wegwijs.index.FacetCount;

/**
 * The filters with their counts. Each value is a link to the same search with that value switched on
 * or off, so filtering is plain navigation: it works by keyboard, and back undoes it.
 */
class FacetPanel extends Nav {

    static final List<String> SHOWN = List.of("for", "category", "kind", "funding", "access", "setting", "condition");
    private static final int TOP = 10;

    FacetPanel(SearchState state, Map<String, List<FacetCount>> facets) {
        addClassName("wegwijs-facets");
        getElement().setAttribute("aria-label", getTranslation("facets.label"));
        add(new H2(getTranslation("facets.title")));
        if (state.hasFilters()) {
            RouterLink clear = SearchLinks.to(getTranslation("facets.clear"), state.withoutFilters());
            clear.addClassName("wegwijs-clear");
            add(clear);
        }
        for (String dim : SHOWN) {
            List<FacetCount> values = facets.getOrDefault(dim, List.of());
            if (!values.isEmpty()) {
                add(group(state, dim, values));
            }
        }
    }

    private Details group(SearchState state, String dim, List<FacetCount> values) {
        UnorderedList list = new UnorderedList();
        values.stream().limit(TOP).forEach(v -> list.add(new ListItem(valueLink(state, dim, v))));
        // Selected values stay visible even when they are not among the top counts.
        state.filters().getOrDefault(dim, List.of()).stream()
                .filter(v -> values.stream().limit(TOP).noneMatch(f -> f.value().equals(v)))
                .forEach(v -> list.add(new ListItem(valueLink(state, dim, new FacetCount(v, 0)))));
        Details details = new Details(getTranslation("facet." + dim), list);
        details.setOpened(state.filters().containsKey(dim) || dim.equals("for"));
        return details;
    }

    private RouterLink valueLink(SearchState state, String dim, FacetCount value) {
        boolean selected = state.isSelected(dim, value.value());
        RouterLink link = SearchLinks.to("", state.toggle(dim, value.value()));
        Span mark = new Span(selected ? "✓ " : "");
        mark.getElement().setAttribute("aria-hidden", "true");
        Span count = new Span(" (" + value.count() + ")");
        count.addClassName("wegwijs-muted");
        link.add(mark, new Span(FacetLabels.label(this, dim, value.value())), count);
        link.getElement().setAttribute("aria-pressed", Boolean.toString(selected));
        link.getElement().setAttribute("data-facet", dim + "=" + value.value());
        if (selected) link.addClassName("wegwijs-selected");
        return link;
    }
}
