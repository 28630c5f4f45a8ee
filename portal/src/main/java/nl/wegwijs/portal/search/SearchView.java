package nl.wegwijs.portal.search;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Map;
import nl.wegwijs.backend.searching.SearchService;
import nl.wegwijs.index.SearchRequest;
import nl.wegwijs.index.SearchResult;
import nl.wegwijs.portal.base.MainLayout;

/** /zoeken?q=...: the results. The query lives in the URL only, so it can be shared and bookmarked. */
@Route(value = "zoeken", layout = MainLayout.class)
class SearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int PAGE_SIZE = 20;

    private final SearchService search;
    private String query = "";

    SearchView(SearchService search) {
        this.search = search;
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        query = parameters.getOrDefault("q", List.of("")).stream().findFirst().orElse("").strip();
        if (query.length() > 500) {
            query = query.substring(0, 500);
        }
        removeAll();
        add(new H1(getTranslation("search.title")), new SearchBar(query));
        SearchResult result = search.search(new SearchRequest(query, 0, PAGE_SIZE, Map.of(), null, false));
        add(new Paragraph(getTranslation("search.count", result.total())));
        Div results = new Div();
        results.setWidthFull();
        result.hits().forEach(hit -> results.add(new ResultCard(hit)));
        add(results);
    }

    @Override
    public String getPageTitle() {
        return query.isEmpty() ? getTranslation("search.pageTitle") : getTranslation("search.pageTitleFor", query);
    }
}
