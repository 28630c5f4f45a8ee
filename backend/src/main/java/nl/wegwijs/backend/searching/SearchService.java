package nl.wegwijs.backend.searching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import nl.wegwijs.index.CatalogueIndex;
import nl.wegwijs.index.SearchRequest;
import nl.wegwijs.index.SearchResult;
import nl.wegwijs.index.Suggestion;
import nl.wegwijs.index.analysis.SynonymGroup;
import nl.wegwijs.index.analysis.SynonymRefusal;
import org.springframework.stereotype.Service;

/** Answers searches and suggestions from the catalogue index. */
@Service
public class SearchService {

    private final CatalogueIndex index;
    private final ZeroResultCounter zeroResults;

    SearchService(CatalogueIndex index, ZeroResultCounter zeroResults) {
        this.index = index;
        this.zeroResults = zeroResults;
    }

    /**
     * A search a person typed (the API's /search, the portal's results and knowledge pages): answered
     * like {@link #search}, and counted per normalised text when it found nothing, so editors see
     * what the catalogue lacks. Searches the application makes itself use {@link #search}.
     */
    public SearchResult answer(SearchRequest request) {
        SearchResult result = search(request);
        if (result.total() == 0 && !request.text().isBlank()) {
            zeroResults.record(request.text());
        }
        return result;
    }

    public SearchResult search(SearchRequest request) {
        try {
            return index.search(request);
        } catch (IOException e) {
            throw new UncheckedIOException("The search index could not be read", e);
        }
    }

    /** The place a search text names after "bij", "in", "rond", "in de buurt van" ..., if any. */
    public java.util.Optional<nl.wegwijs.index.DutchPlaces.Place> placeNamedIn(String text) {
        try {
            return index.placeNamedIn(text);
        } catch (IOException e) {
            throw new UncheckedIOException("The search index could not be read", e);
        }
    }

    /**
     * Editors' synonym groups for searches from now on, replacing the previous ones (query time only:
     * nothing is re-indexed). Returns the groups the index refused, with the reason; the rest apply.
     */
    public Map<SynonymGroup, SynonymRefusal> useEditorSynonyms(List<SynonymGroup> groups) {
        try {
            return index.useEditorSynonyms(groups);
        } catch (IOException e) {
            throw new UncheckedIOException("The search index could not be read", e);
        }
    }

    public List<Suggestion> suggest(String prefix, int max) {
        try {
            return index.suggest(prefix, max);
        } catch (IOException e) {
            throw new UncheckedIOException("The search index could not be read", e);
        }
    }
}
