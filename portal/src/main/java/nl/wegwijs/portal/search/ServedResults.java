package nl.wegwijs.portal.search;

import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.wegwijs.backend.finder.FinderService;
import nl.wegwijs.backend.finder.Findings;
import nl.wegwijs.portal.base.MainLayout;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts the first page of results of /zoeken?... into the HTML the server sends, as plain links and a
 * GET form. Vaadin needs its script bundle and two round trips before it draws the page; until then a
 * parent already reads (and can follow) the real result cards, and a browser without JavaScript or a
 * crawler gets them too. The same search and card markup as {@link SearchView}; MainLayout removes this
 * block in the same step that puts Vaadin's page in, so the two are never shown or read out together.
 */
@Component
class ServedResults implements VaadinServiceInitListener {

    static final String CLASS = "wegwijs-served";

    private final FinderService finder;
    private final MessageSource messages;

    ServedResults(FinderService finder, MessageSource messages) {
        this.finder = finder;
        this.messages = messages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::addResults);
    }

    private void addResults(IndexHtmlResponse response) {
        if (!(response.getVaadinRequest() instanceof VaadinServletRequest request)) return;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Element outlet = response.getDocument().getElementById("outlet");
        if (!path.equals("/zoeken") || outlet == null) return;
        SearchState state = SearchState.from(QueryParameters.full(request.getParameterMap()));
        SearchOutcome outcome = SearchOutcome.of(finder, state);
        // Nothing found: the view's ways on (did you mean, near categories) need the full page.
        if (outcome.found().result().hits().isEmpty()) return;
        VaadinSession session = VaadinSession.getCurrent();
        Locale locale = session != null ? session.getLocale() : Locale.of("nl");
        ResultCard.Texts texts = (key, params) -> messages.getMessage(key, params, "!" + key, locale);
        Document document = response.getDocument();
        document.title(state.text().isEmpty() ? texts.getTranslation("search.pageTitle")
                : texts.getTranslation("search.pageTitleFor", state.text()));
        Element served = outlet.appendElement("div").addClass(CLASS);
        header(served, texts);
        Element page = served.appendElement("main").addClass("wegwijs-page").appendElement("div")
                .addClass("wegwijs-results-page").addClass("wegwijs-served-page");
        page.appendElement("h1").text(texts.getTranslation("search.title"));
        form(page, outcome.shown(), texts);
        Element results = page.appendElement("div").addClass("wegwijs-columns").appendElement("section").addClass("wegwijs-results");
        Findings found = outcome.found();
        if (found.isNationwideFallback()) {
            results.append(NearbyNotice.html(outcome.shown(), texts));
        }
        results.appendElement("p").addClass("wegwijs-count").text(texts.getTranslation(SearchView.countKey(found), found.result().total()));
        found.result().hits().forEach(hit -> results.append(ResultCard.html(hit, found.detailsOf(hit.id()), texts)));
    }

    /** The same frame as MainLayout draws (name, tagline, menu), so the page does not jump when Vaadin takes over. */
    private static void header(Element served, ResultCard.Texts texts) {
        Element header = served.appendElement("header").addClass("wegwijs-header");
        header.appendElement("a").attr("href", ".").addClass("wegwijs-brand").text(texts.getTranslation("app.name"));
        header.appendElement("span").addClass("wegwijs-muted").addClass("wegwijs-tagline").text(texts.getTranslation("app.tagline"));
        Element nav = header.appendElement("nav").addClass("wegwijs-nav").attr("aria-label", texts.getTranslation("nav.label"));
        MainLayout.SECTIONS.forEach(s -> nav.appendElement("a").attr("href", s.path().isEmpty() ? "." : s.path())
                .text(texts.getTranslation(s.textKey())));
    }

    /** A plain GET form for the question and the place: it works without JavaScript and keeps the filters. */
    private static void form(Element page, SearchState state, ResultCard.Texts texts) {
        Element form = page.appendElement("form").attr("action", "zoeken").attr("method", "get").attr("role", "search")
                .addClass("wegwijs-served-form");
        Element bar = form.appendElement("div").addClass("wegwijs-searchbar");
        bar.appendElement("input").attr("type", "search").attr("name", "q").attr("value", state.text())
                .attr("maxlength", Integer.toString(SearchState.MAX_TEXT)).attr("aria-label", texts.getTranslation("search.label"))
                .attr("placeholder", texts.getTranslation("search.placeholder"));
        bar.appendElement("button").attr("type", "submit").addClass("wegwijs-served-primary").text(texts.getTranslation("search.button"));
        Element place = form.appendElement("div").addClass("wegwijs-placefilter");
        place.appendElement("label").text(texts.getTranslation("place.label")).appendElement("input").attr("name", "place")
                .attr("value", state.place()).attr("maxlength", "100").attr("placeholder", texts.getTranslation("place.placeholder"));
        Element radius = place.appendElement("label").text(texts.getTranslation("place.radius")).appendElement("select").attr("name", "radiusKm");
        PlaceFilter.RADII.forEach(km -> {
            Element option = radius.appendElement("option").attr("value", km.toString()).text(texts.getTranslation("place.km", km));
            if (km == state.radiusKm()) option.attr("selected", true);
        });
        place.appendElement("button").attr("type", "submit").text(texts.getTranslation("place.apply"));
        for (Map.Entry<String, List<String>> filter : state.filters().entrySet()) {
            filter.getValue().forEach(v -> form.appendElement("input").attr("type", "hidden").attr("name", filter.getKey()).attr("value", v));
        }
    }
}
