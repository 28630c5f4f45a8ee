package nl.wegwijs.portal.search;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Map;
import nl.wegwijs.backend.catalogue.EntryDetails;
import nl.wegwijs.index.FacetCount;
import nl.wegwijs.portal.entry.EntryView;
import org.jspecify.annotations.Nullable;

/** Nothing found is never a dead end: the did-you-mean, wider searches, the nearest categories, national contacts. */
class ZeroResults extends Div {

    ZeroResults(SearchState state, @Nullable String suggestion, List<FacetCount> near, List<EntryDetails> contacts) {
        addClassName("wegwijs-zero");
        add(new H2(getTranslation("zero.title")));
        UnorderedList tips = new UnorderedList();
        if (suggestion != null) {
            tips.add(new ListItem(SearchLinks.to(getTranslation("zero.suggestion", suggestion), state.withText(suggestion))));
        }
        if (state.hasFilters()) {
            tips.add(new ListItem(SearchLinks.to(getTranslation("zero.withoutFilters"), state.withoutFilters())));
        }
        if (state.literal()) {
            tips.add(new ListItem(SearchLinks.to(getTranslation("zero.notLiteral"), state.withLiteral(false))));
        }
        tips.add(new ListItem(getTranslation("zero.otherWords")));
        add(tips);
        if (!near.isEmpty()) {
            add(new Paragraph(getTranslation("zero.categories")));
            UnorderedList categories = new UnorderedList();
            categories.addClassName("wegwijs-chips");
            near.forEach(c -> categories.add(new ListItem(SearchLinks.to(c.value(),
                    new SearchState("", Map.of("category", List.of(c.value())), "", SearchState.DEFAULT_RADIUS_KM, false, 0)))));
            add(categories);
        }
        if (!contacts.isEmpty()) {
            add(new Paragraph(getTranslation("zero.contacts")));
            UnorderedList list = new UnorderedList();
            contacts.forEach(c -> list.add(new ListItem(new RouterLink(c.name(), EntryView.class, new RouteParameters("id", c.id())))));
            add(list);
        }
    }
}
