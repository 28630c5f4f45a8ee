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
        SearchOutcome outcome = SearchOutcome.of(finder, state);
        Findings found = outcome.found();
        title = state.text().isEmpty() ? getTranslation("search.pageTitle") : getTranslation("search.pageTitleFor", state.text());
        removeAll();
        add(new H1(getTranslation("search.title")), new SearchBar(state, text -> finder.suggest(text, 8)),
                new PlaceFilter(outcome.shown(), outcome.near() != null), new UnderstoodLine(state, found.result()));
        Paragraph count = new Paragraph(getTranslation(countKey(found), found.result().total()));
        count.addClassName("wegwijs-count");
        count.getElement().setAttribute("role", "status");
        Div columns = new Div();
        columns.addClassName("wegwijs-columns");
        Section results = new Section();
        results.addClassName("wegwijs-results");
        if (found.isNationwideFallback()) {
            results.add(NearbyNotice.of(outcome.shown(), this::getTranslation));
        }
        results.add(count);
        if (found.result().total() == 0) {
            results.add(new ZeroResults(state, found.result().suggestion(), found.nearCategories(),
                    finder.entries(LifeQuestions.shipped().contacts())));
        }
        found.result().hits().forEach(hit -> results.add(ResultCard.of(hit, found.detailsOf(hit.id()), this::getTranslation)));
        results.add(new Pager(state, found.result().total()));
        columns.add(results, new FacetPanel(state, found.result().facets(), found.result().facetCountsEstimated()));
        add(columns);
    }

    /**
     * "Meer dan 10.000 resultaten" when counting stopped at the limit (SearchResult.totalIsLowerBound);
     * "17 landelijke resultaten" when nothing lay near the place and these are the nationwide ones.
     */
    static String countKey(Findings found) {
        boolean lowerBound = found.result().totalIsLowerBound();
        if (found.isNationwideFallback()) {
            return lowerBound ? "search.countNationwideMoreThan" : "search.countNationwide";
        }
        return lowerBound ? "search.countMoreThan" : "search.count";
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
