package org.namc.shared.domain;

/**
 * A WGS84 point. Latitude in [-90, 90], longitude in [-180, 180], both finite.
 * Distances use the haversine formula on the IUGG mean Earth radius, which matches
 * PostGIS {@code geography} distances to within about 0.5 %.
 */
public record GeoPoint(double latitude, double longitude) {
    /** IUGG mean Earth radius in kilometres. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    public GeoPoint {
        Violations.collect()
                .check(Double.isFinite(latitude) && latitude >= -90 && latitude <= 90,
                        "latitude", ViolationRule.RANGE, "must be between -90 and 90")
                .check(Double.isFinite(longitude) && longitude >= -180 && longitude <= 180,
                        "longitude", ViolationRule.RANGE, "must be between -180 and 180")
                .throwIfAny();
    }

    public static GeoPoint of(double latitude, double longitude) {
        return new GeoPoint(latitude, longitude);
    }

    /** Great-circle distance in kilometres. */
    public double distanceKmTo(GeoPoint other) {
        double lat1 = Math.toRadians(latitude);
        double lat2 = Math.toRadians(other.latitude);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.longitude - longitude);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }
}
