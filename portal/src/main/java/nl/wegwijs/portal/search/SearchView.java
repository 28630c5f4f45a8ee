package nl.wegwijs.portal.search;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import nl.wegwijs.backend.finder.FinderService;
import nl.wegwijs.backend.finder.Findings;
import nl.wegwijs.index.GeoFilter;
import nl.wegwijs.portal.base.MainLayout;

/** /zoeken?q=...&category=...&place=...: the results. The whole state lives in the URL, nothing in the session. */
@Route(value = "zoeken", layout = MainLayout.class)
@AnonymousAllowed
class SearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final FinderService finder;
    private String title = "";

    SearchView(FinderService finder) {
        this.finder = finder;
        setPadding(false);
        addClassName("wegwijs-results-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SearchState state = SearchState.from(event.getLocation().getQueryParameters());
        GeoFilter near = state.place().isEmpty() ? null : finder.near(state.place(), state.radiusKm()).orElse(null);
        SearchState shown = state;
        if (state.place().isEmpty() && !state.literal()) {
            // "logeeropvang bij Tiel" searches around Tiel, as the API does; the place field says so.
            var named = finder.placeNamedIn(state.text());
            if (named.isPresent()) {
                near = new GeoFilter(named.get().lat(), named.get().lon(), state.radiusKm());
                shown = new SearchState(state.text(), state.filters(), named.get().name(), state.radiusKm(), false, state.page());
            }
        }
        Findings found = finder.find(state.toRequest(near));
        title = state.text().isEmpty() ? getTranslation("search.pageTitle") : getTranslation("search.pageTitleFor", state.text());
        removeAll();
        add(new H1(getTranslation("search.title")), new SearchBar(state, text -> finder.suggest(text, 8)),
                new PlaceFilter(shown, near != null), new UnderstoodLine(state, found.result()));
        Paragraph count = new Paragraph(getTranslation("search.count", found.result().total()));
        count.addClassName("wegwijs-count");
        count.getElement().setAttribute("role", "status");
        Div columns = new Div();
        columns.addClassName("wegwijs-columns");
        Section results = new Section(count);
        results.addClassName("wegwijs-results");
        if (found.result().total() == 0) {
            results.add(new ZeroResults(state, found.result().suggestion(), found.nearCategories(),
                    finder.entries(LifeQuestions.shipped().contacts())));
        }
        found.result().hits().forEach(hit -> results.add(ResultCard.of(hit, found.detailsOf(hit.id()), this)));
        results.add(new Pager(state, found.result().total()));
        columns.add(results, new FacetPanel(state, found.result().facets()));
        add(columns);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
