package nl.wegwijs.backend.finder;

import java.util.List;
import java.util.Map;
import nl.wegwijs.backend.catalogue.EntryDetails;
import nl.wegwijs.backend.searching.PlaceFallback;
import nl.wegwijs.index.FacetCount;
import nl.wegwijs.index.SearchResult;
import org.jspecify.annotations.Nullable;

/**
 * One results page: the search result, the catalogue facts of each hit (place, for whom, funding),
 * for an empty result the categories that come closest, so the page is never a dead end, and whether
 * the result is a fallback because nothing lay near the place searched around (null when not).
 */
public record Findings(SearchResult result, Map<String, EntryDetails> details, List<FacetCount> nearCategories,
        @Nullable PlaceFallback placeFallback) {

    public Findings {
        details = Map.copyOf(details);
        nearCategories = List.copyOf(nearCategories);
    }

    /** Nothing lay near the place, so these are the entries not tied to a place (SearchService.answer). */
    public boolean isNationwideFallback() {
        return placeFallback == PlaceFallback.NATIONWIDE;
    }

    public @Nullable EntryDetails detailsOf(String id) {
        return details.get(id);
    }
}
