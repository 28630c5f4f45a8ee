package nl.wegwijs.backend.guide;

import java.util.List;
import java.util.Map;
import nl.wegwijs.backend.region.Gazetteer;
import nl.wegwijs.backend.searching.SearchService;
import nl.wegwijs.index.DutchPlaces;
import nl.wegwijs.index.GeoFilter;
import nl.wegwijs.index.SearchHit;
import nl.wegwijs.index.SearchRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Answers "waar vraag ik het aan?" from the rule table in {@link Door} and the catalogue's entries. */
@Service
public class GuideService {

    static final double LOCAL_RADIUS_KM = 15;
    private static final int HELPFUL = 5;

    private final SearchService search;
    private final Gazetteer gazetteer;

    GuideService(SearchService search, Gazetteer gazetteer) {
        this.search = search;
        this.gazetteer = gazetteer;
    }

    public GuideAnswer answer(int age, Situation situation, @Nullable String municipality) {
        Door door = Door.of(Math.max(0, age), situation);
        DutchPlaces.Place place = municipality == null ? null : gazetteer.find(municipality).orElse(null);
        GeoFilter near = place == null ? null : new GeoFilter(place.lat(), place.lon(), LOCAL_RADIUS_KM);
        List<SearchHit> local = near == null ? List.of() : hits("wijkteam toegang gemeente", Map.of(), near, 3);
        Map<String, List<String>> ageFilter = Map.of("age", List.of(Integer.toString(age)));
        List<SearchHit> helpful = hits(situation.searchText(), ageFilter, near, HELPFUL);
        if (helpful.isEmpty() && near != null) {
            helpful = hits(situation.searchText(), ageFilter, null, HELPFUL);
        }
        return new GuideAnswer(door, place == null ? null : place.name(), local, helpful);
    }

    private List<SearchHit> hits(String text, Map<String, List<String>> filters, @Nullable GeoFilter near, int size) {
        return search.search(new SearchRequest(text, 0, size, filters, near, false)).hits();
    }
}
