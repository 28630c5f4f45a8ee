package nl.wegwijs.backend.searching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wegwijs.index.CatalogueIndex;
import nl.wegwijs.index.FacetCount;
import nl.wegwijs.index.SearchRequest;
import nl.wegwijs.index.SearchResult;
import nl.wegwijs.index.Suggestion;
import nl.wegwijs.index.analysis.SynonymGroup;
import nl.wegwijs.index.analysis.SynonymRefusal;
import org.springframework.stereotype.Service;

/** Answers searches and suggestions from the catalogue index. */
@Service
public class SearchService {

    /** The region filter key (FacetDims.REGION in the index). */
    private static final String REGION = "region";

    private final CatalogueIndex index;
    private final ZeroResultCounter zeroResults;

    SearchService(CatalogueIndex index, ZeroResultCounter zeroResults) {
        this.index = index;
        this.zeroResults = zeroResults;
    }

    /**
     * A search a person typed (the API's /search, the portal's results and knowledge pages): answered
     * like {@link #search}, and counted per normalised text when it found nothing, so editors see
     * what the catalogue lacks. Searches the application makes itself use {@link #search}. Nothing
     * near the place searched around gives the nationwide fallback ({@link #nationwideInstead}); the
     * text still counts as a gap then, since nothing near that place answered it.
     */
    public SearchAnswer answer(SearchRequest request) {
        SearchResult result = search(request);
        if (result.total() > 0) {
            return SearchAnswer.asAsked(result);
        }
        if (!request.text().isBlank()) {
            zeroResults.record(request.text());
        }
        return nationwideInstead(request).orElseGet(() -> SearchAnswer.asAsked(result));
    }

    /**
     * Most of the catalogue serves the whole country or names no place, and a radius keeps only
     * entries tied to a place within it: "logeeropvang bij Tiel" found nothing while nationwide
     * respite care applies to a family in Tiel too. So an empty search near a place is searched again
     * without the radius over the entries not tied to a place (same text, filters and page). Not
     * when the request filters on region: a region the person chose is not replaced by another one.
     */
    private Optional<SearchAnswer> nationwideInstead(SearchRequest request) {
        if (request.near() == null || !request.filters().getOrDefault(REGION, List.of()).isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<String>> filters = new LinkedHashMap<>(request.filters());
        filters.put(SearchRequest.NOT_TIED_TO_A_PLACE, List.of("true"));
        SearchResult nationwide = search(new SearchRequest(request.text(), request.page(), request.size(), filters, null,
                request.literal(), request.facets()));
        return nationwide.total() == 0 ? Optional.empty() : Optional.of(new SearchAnswer(withoutRegionFacet(nationwide), PlaceFallback.NATIONWIDE));
    }

    /**
     * The fallback's region facet could only offer "landelijk" and "niet vermeld", and choosing one is
     * a region filter, which ends the fallback: with the place still set the page went back to nothing.
     */
    private static SearchResult withoutRegionFacet(SearchResult r) {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>(r.facets());
        facets.remove(REGION);
        return new SearchResult(r.query(), r.total(), r.hits(), Collections.unmodifiableMap(facets), r.suggestion(),
                r.expansions(), r.totalIsLowerBound(), r.facetCountsEstimated());
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
