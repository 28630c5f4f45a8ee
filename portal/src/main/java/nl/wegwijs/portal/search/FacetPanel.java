package nl.wegwijs.portal.search;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
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

    /** Counts estimated from a sample (more than 10,000 matches): shown rounded, as "ongeveer". */
    private final boolean estimated;

    FacetPanel(SearchState state, Map<String, List<FacetCount>> facets, boolean estimated) {
        this.estimated = estimated;
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
        StringBuilder html = new StringBuilder("<ul>");
        values.stream().limit(TOP).forEach(v -> html.append("<li>").append(valueLink(state, dim, v)).append("</li>"));
        // Selected values stay visible even when they are not among the top counts.
        state.filters().getOrDefault(dim, List.of()).stream()
                .filter(v -> values.stream().limit(TOP).noneMatch(f -> f.value().equals(v)))
                .forEach(v -> html.append("<li>").append(valueLink(state, dim, new FacetCount(v, 0))).append("</li>"));
        Details details = new Details(getTranslation("facet." + dim), new Html(html.append("</ul>").toString()));
        details.setOpened(state.filters().containsKey(dim) || dim.equals("for"));
        return details;
    }

    /** An estimate to two significant digits, so it does not look more precise than it is (61.237: ongeveer 61.000). */
    private String count(long count) {
        if (!estimated || count == 0) {
            return String.valueOf(count);
        }
        long unit = (long) Math.pow(10, Math.max(0, (int) Math.log10(count) - 1));
        return getTranslation("facets.about", Math.round((double) count / unit) * unit);
    }

    /** A filter value as a link; the chosen ones carry aria-current and a check mark screen readers skip. */
    private String valueLink(SearchState state, String dim, FacetCount value) {
        boolean selected = state.isSelected(dim, value.value());
        String href = "zoeken" + (state.toggle(dim, value.value()).toQuery().getQueryString().isEmpty() ? ""
                : "?" + state.toggle(dim, value.value()).toQuery().getQueryString());
        String label = (selected ? "<span aria-hidden=\"true\">✓ </span>" : "") + Markup.text(FacetLabels.label(this, dim, value.value()))
                + " <span class=\"wegwijs-muted\">(" + Markup.text(count(value.count())) + ")</span>";
        String attributes = " data-facet=\"" + Markup.text(dim + "=" + value.value()) + "\""
                + (selected ? " aria-current=\"true\" class=\"wegwijs-selected\"" : "");
        return Markup.link(href, label, attributes);
    }
}
