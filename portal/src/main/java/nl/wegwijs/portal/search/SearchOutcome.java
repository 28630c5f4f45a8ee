package nl.wegwijs.portal.search;

import nl.wegwijs.backend.finder.FinderService;
import nl.wegwijs.backend.finder.Findings;
import nl.wegwijs.index.GeoFilter;
import org.jspecify.annotations.Nullable;

/**
 * One results page's search: the state as the page shows it (with a place read from the question),
 * the area searched around, and what was found. Shared by the view and the HTML the server sends first,
 * so both show the same results.
 */
record SearchOutcome(SearchState shown, @Nullable GeoFilter near, Findings found) {

    static SearchOutcome of(FinderService finder, SearchState state) {
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
        return new SearchOutcome(shown, near, finder.find(state.toRequest(near)));
    }
}
