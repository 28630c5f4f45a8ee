package nl.wegwijs.portal.search;

import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;

/** Previous and next page, as links with the page number in the URL. */
class Pager extends Nav {

    Pager(SearchState state, long total) {
        addClassName("wegwijs-pager");
        getElement().setAttribute("aria-label", getTranslation("pager.label"));
        long pages = (total + SearchState.PAGE_SIZE - 1) / SearchState.PAGE_SIZE;
        if (pages <= 1) {
            setVisible(false);
            return;
        }
        if (state.page() > 0) add(SearchLinks.to(getTranslation("pager.previous"), state.withPage(state.page() - 1)));
        add(new Span(getTranslation("pager.position", state.page() + 1, pages)));
        if (state.page() + 1 < pages) add(SearchLinks.to(getTranslation("pager.next"), state.withPage(state.page() + 1)));
    }
}
