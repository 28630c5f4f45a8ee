package nl.wegwijs.backend.finder;

import java.util.List;
import java.util.Map;
import nl.wegwijs.backend.catalogue.EntryDetails;
import nl.wegwijs.index.FacetCount;
import nl.wegwijs.index.SearchResult;
import org.jspecify.annotations.Nullable;

/**
 * One results page: the search result, the catalogue facts of each hit (place, for whom, funding),
 * and for an empty result the categories that come closest, so the page is never a dead end.
 */
public record Findings(SearchResult result, Map<String, EntryDetails> details, List<FacetCount> nearCategories) {

    public Findings {
        details = Map.copyOf(details);
        nearCategories = List.copyOf(nearCategories);
    }

    public @Nullable EntryDetails detailsOf(String id) {
        return details.get(id);
    }
}
