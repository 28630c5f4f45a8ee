package nl.wegwijs.backend.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import nl.wegwijs.index.DutchPlaces;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Resolves Dutch place names ("Hengelo (Overijssel)", "Tiel") to coordinates from the shipped GeoNames list,
 * and gives the lists editors pick regions and municipalities from.
 */
@Component
public class Gazetteer {

    /** The region of an entry that serves the whole country. */
    public static final String NATIONWIDE = "landelijk";

    private final DutchPlaces places = DutchPlaces.load();
    private final Map<String, String> municipalities = byKey(
            nl.wegwijs.index.place.Gazetteer.shared().rows().stream().map(nl.wegwijs.index.place.Gazetteer.Row::municipality).toList());
    private final Map<String, String> provinces = byKey(
            nl.wegwijs.index.place.Gazetteer.shared().rows().stream().map(nl.wegwijs.index.place.Gazetteer.Row::province).toList());

    public Optional<DutchPlaces.Place> find(String placeName) {
        if (placeName == null || placeName.isBlank()) {
            return Optional.empty();
        }
        return places.find(placeName);
    }

    /** Every municipality of the gazetteer, in Dutch alphabetical order. */
    public List<String> municipalities() {
        return sorted(municipalities.values());
    }

    /** What an entry's region may be: {@value #NATIONWIDE}, a province or a municipality. */
    public List<String> regions() {
        List<String> regions = new ArrayList<>();
        regions.add(NATIONWIDE);
        regions.addAll(sorted(provinces.values()));
        regions.addAll(municipalities());
        return regions;
    }

    /** The list's spelling of a municipality, matched without regard to case, accents or punctuation. */
    public Optional<String> municipality(@Nullable String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(municipalities.get(key(name)));
    }

    /** The list's spelling of a region ({@link #regions()}), matched as {@link #municipality} is. */
    public Optional<String> region(@Nullable String name) {
        if (name == null) return Optional.empty();
        String key = key(name);
        if (key.equals(NATIONWIDE)) return Optional.of(NATIONWIDE);
        return Optional.ofNullable(provinces.get(key)).or(() -> Optional.ofNullable(municipalities.get(key)));
    }

    private static String key(String name) {
        return nl.wegwijs.index.place.Gazetteer.key(name);
    }

    private static Map<String, String> byKey(List<String> names) {
        Map<String, String> map = new LinkedHashMap<>();
        names.stream().filter(n -> !n.isBlank()).forEach(n -> map.putIfAbsent(key(n), n));
        return map;
    }

    private static List<String> sorted(java.util.Collection<String> names) {
        // Collator: "'s-Hertogenbosch" and "Ede" sort as a Dutch reader expects, not by code point.
        var dutch = java.text.Collator.getInstance(java.util.Locale.of("nl"));
        TreeSet<String> set = new TreeSet<>(Comparator.comparing(n -> n, dutch));
        set.addAll(names);
        return List.copyOf(set);
    }
}
