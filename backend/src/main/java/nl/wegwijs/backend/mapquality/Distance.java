package nl.wegwijs.backend.mapquality;

/** Great-circle distance on a sphere of the Earth's mean radius; within a few metres over Dutch distances. */
final class Distance {

    private static final double EARTH_KM = 6371.0088;

    private Distance() {}

    static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
