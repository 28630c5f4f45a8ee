package nl.wegwijs.portal.search;

import com.vaadin.flow.router.RouterLink;

/** Links to another results page: the router navigates in the page and the URL carries the state. */
final class SearchLinks {

    private SearchLinks() {}

    static RouterLink to(String text, SearchState state) {
        RouterLink link = new RouterLink(text, SearchView.class);
        link.setQueryParameters(state.toQuery());
        return link;
    }
}
