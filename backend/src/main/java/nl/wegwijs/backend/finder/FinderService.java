package nl.wegwijs.backend.finder;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.wegwijs.backend.catalogue.CatalogueService;
import nl.wegwijs.backend.catalogue.EntryDetails;
import nl.wegwijs.backend.region.Gazetteer;
import nl.wegwijs.backend.searching.SearchAnswer;
import nl.wegwijs.backend.searching.SearchService;
import nl.wegwijs.index.FacetCount;
import nl.wegwijs.index.GeoFilter;
import nl.wegwijs.index.SearchHit;
import nl.wegwijs.index.SearchRequest;
import nl.wegwijs.index.SearchResult;
import nl.wegwijs.index.Suggestion;
import org.springframework.stereotype.Service;

/** Searches for the portal: one call gives the hits, their card facts and, if nothing matched, where to look instead. */
@Service
public class FinderService {

    static final int NEAR_CATEGORIES = 8;

    private final SearchService search;
    private final CatalogueService catalogue;
    private final Gazetteer gazetteer;

    FinderService(SearchService search, CatalogueService catalogue, Gazetteer gazetteer) {
        this.search = search;
        this.catalogue = catalogue;
        this.gazetteer = gazetteer;
    }

    public Findings find(SearchRequest request) {
        SearchAnswer answer = search.answer(request);
        SearchResult result = answer.result();
        Map<String, EntryDetails> details = catalogue.publishedIn(result.hits().stream().map(SearchHit::id).toList())
                .stream().collect(Collectors.toMap(EntryDetails::id, Function.identity()));
        List<FacetCount> near = result.total() == 0 ? nearCategories(request, result) : List.of();
        return new Findings(result, details, near, answer.placeFallback());
    }

    /** "logeeropvang bij Tiel": the place the text names after bij, in or rond, if it is a known Dutch place. */
    public Optional<nl.wegwijs.index.DutchPlaces.Place> placeNamedIn(String text) {
        return text.isBlank() ? Optional.empty() : search.placeNamedIn(text);
    }

    /** A place name ("Tiel", "Hengelo (Overijssel)") and a radius as a geo filter, if the place is known. */
    public Optional<GeoFilter> near(String place, double radiusKm) {
        return gazetteer.find(place).map(p -> new GeoFilter(p.lat(), p.lon(), radiusKm));
    }

    /** Published entries by id, in that order (points of contact, entries saved in "Mijn kaart"). */
    public List<EntryDetails> entries(List<String> ids) {
        return ids.isEmpty() ? List.of() : catalogue.publishedIn(ids.stream().limit(200).toList());
    }

    /**
     * An entry's public page: the entry, entries on the same topics, and for a provision the knowledge
     * items that mention it by name (for a knowledge item: the provisions on its topics).
     */
    public Optional<EntryPage> entryPage(String id) {
        return catalogue.findPublished(id).map(e -> {
            boolean knowledge = EntryPage.KNOWLEDGE_KINDS.contains(e.kind());
            List<SearchHit> related = others(e, new SearchRequest("", 0, 7, Map.of("category", e.categories(),
                    "kind", knowledge ? EntryPage.PROVISION_KINDS : List.of()), null, false));
            List<SearchHit> mentioned = knowledge ? List.of() : others(e, new SearchRequest("\"" + e.name().replace("\"", "") + "\"",
                    0, 6, Map.of("kind", EntryPage.KNOWLEDGE_KINDS), null, true));
            return new EntryPage(e, related, mentioned);
        });
    }

    private List<SearchHit> others(EntryDetails e, SearchRequest request) {
        if (request.text().isBlank() && e.categories().isEmpty()) return List.of();
        return search.search(request).hits().stream().filter(h -> !h.id().equals(e.id())).limit(6).toList();
    }

    public List<Suggestion> suggest(String prefix, int max) {
        return prefix.isBlank() ? List.of() : search.suggest(prefix.strip(), max);
    }

    /**
     * Relaxes an empty search step by step: first without filters and place, then the did-you-mean
     * text, then each word on its own; the first that matches gives its most frequent categories.
     */
    private List<FacetCount> nearCategories(SearchRequest request, SearchResult empty) {
        List<String> texts = new java.util.ArrayList<>();
        texts.add(request.text());
        if (empty.suggestion() != null) {
            texts.add(empty.suggestion());
        }
        texts.addAll(List.of(request.text().split("\\s+")));
        for (String text : texts.stream().filter(t -> !t.isBlank()).distinct().toList()) {
            SearchResult relaxed = search.search(new SearchRequest(text, 0, 1, Map.of(), null, false));
            List<FacetCount> categories = relaxed.facets().getOrDefault("category", List.of());
            if (relaxed.total() > 0 && !categories.isEmpty()) {
                return categories.stream().limit(NEAR_CATEGORIES).toList();
            }
        }
        return List.of();
    }
}
