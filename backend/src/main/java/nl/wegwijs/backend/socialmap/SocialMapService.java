package nl.wegwijs.backend.socialmap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijs.backend.catalogue.CatalogueService;
import nl.wegwijs.backend.region.Gazetteer;
import nl.wegwijs.backend.searching.SearchService;
import nl.wegwijs.index.GeoFilter;
import nl.wegwijs.index.SearchHit;
import nl.wegwijs.index.SearchRequest;
import nl.wegwijs.index.SearchResult;
import org.springframework.stereotype.Service;

/**
 * Answers the social map from the search index (the same filters as the public search) and the
 * catalogue (contact details, verification dates). Nothing is kept between calls.
 */
@Service
public class SocialMapService {

    /** Searches are paged by 100; a region never holds more than this many entries in one table. */
    static final int MAX_ROWS = 2_000;
    private static final int PAGE = 100;

    private final SearchService search;
    private final CatalogueService catalogue;
    private final Gazetteer gazetteer;

    SocialMapService(SearchService search, CatalogueService catalogue, Gazetteer gazetteer) {
        this.search = search;
        this.catalogue = catalogue;
        this.gazetteer = gazetteer;
    }

    public long count(SocialMapFilter filter) {
        return Math.min(MAX_ROWS, search.search(request(filter, 0, 1)).total());
    }

    /** One window of the table, sorted on {@code column}. */
    public List<SocialMapRow> rows(SocialMapFilter filter, SocialMapRow.Column column, boolean ascending, int offset, int limit) {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ids.size() < MAX_ROWS; page++) {
            SearchResult result = search.search(request(filter, page, PAGE));
            result.hits().stream().map(SearchHit::id).forEach(ids::add);
            if (result.hits().size() < PAGE || ids.size() >= result.total()) {
                break;
            }
        }
        var order = ascending ? column.order : column.order.reversed();
        return catalogue.publishedIn(ids).stream().map(SocialMapRow::of).sorted(order)
                .skip(Math.max(0, offset)).limit(Math.max(0, limit)).toList();
    }

    public List<SocialMapRow> rowsFor(List<String> ids) {
        return catalogue.publishedIn(ids).stream().map(SocialMapRow::of).toList();
    }

    /** The chosen entries as CSV for a spreadsheet. */
    public String csv(List<String> ids) {
        return Csv.of(rowsFor(ids));
    }

    private SearchRequest request(SocialMapFilter f, int page, int size) {
        Map<String, List<String>> filters = new HashMap<>();
        filters.put("funding", f.funding());
        filters.put("for", f.forWhom());
        filters.put("kind", f.kinds());
        if (f.age() != null) {
            filters.put("age", List.of(f.age().toString()));
        }
        GeoFilter near = f.place() == null ? null
                : gazetteer.find(f.place()).map(p -> new GeoFilter(p.lat(), p.lon(), f.radiusKm())).orElse(null);
        return new SearchRequest(f.text(), page, size, filters, near, false);
    }
}
