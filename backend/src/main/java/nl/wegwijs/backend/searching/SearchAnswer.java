package nl.wegwijs.backend.searching;

import nl.wegwijs.index.SearchResult;
import org.jspecify.annotations.Nullable;

/**
 * A search a person typed, as answered: the result, and whether it is a fallback because nothing
 * lay near the place searched around (null when the result is the search as asked).
 */
public record SearchAnswer(SearchResult result, @Nullable PlaceFallback placeFallback) {

    /** The search as asked found this. */
    static SearchAnswer asAsked(SearchResult result) {
        return new SearchAnswer(result, null);
    }
}
