package nl.wegwijs.backend.region;

import java.util.Optional;
import nl.wegwijs.index.DutchPlaces;
import org.springframework.stereotype.Component;

/** Resolves Dutch place names ("Hengelo (Overijssel)", "Tiel") to coordinates from the shipped GeoNames list. */
@Component
public class Gazetteer {

    private final DutchPlaces places = DutchPlaces.load();

    public Optional<DutchPlaces.Place> find(String placeName) {
        if (placeName == null || placeName.isBlank()) {
            return Optional.empty();
        }
        return places.find(placeName);
    }
}
