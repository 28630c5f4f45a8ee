package nl.wegwijs.index;

/** Restricts a search to entries within {@code radiusKm} of a point and sorts them by distance. */
public record GeoFilter(double lat, double lon, double radiusKm) {}
