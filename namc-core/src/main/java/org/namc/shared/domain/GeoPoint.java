package org.namc.shared.domain;

/**
 * A WGS84 point. Latitude in [-90, 90], longitude in [-180, 180], both finite.
 *
 * <p>Distances are great-circle distances on the sphere PostGIS uses for {@code geography}
 * with {@code use_spheroid => false}: the WGS84 mean radius {@code (2a + b) / 3}, and the same
 * formula (the {@code atan2} form, accurate at every distance). The database adapter asks
 * PostGIS for distances on that sphere too, so a radius search admits the same points in
 * memory and in SQL, up to the last bit of rounding.
 */
public record GeoPoint(double latitude, double longitude) {
    /** WGS84 semi-major axis, metres. */
    private static final double WGS84_A = 6_378_137.0;
    /** WGS84 semi-minor axis, metres: {@code a (1 - f)} with {@code f = 1 / 298.257223563}. */
    private static final double WGS84_B = WGS84_A * (1 - 1 / 298.257223563);
    /** The WGS84 mean radius {@code (2a + b) / 3} in metres (the IUGG mean Earth radius R1), as PostGIS derives it. */
    public static final double EARTH_RADIUS_METERS = (2 * WGS84_A + WGS84_B) / 3;
    /** {@link #EARTH_RADIUS_METERS} in kilometres. */
    public static final double EARTH_RADIUS_KM = EARTH_RADIUS_METERS / 1000;

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
        return distanceMetersTo(other) / 1000;
    }

    /**
     * Great-circle distance in metres, computed as PostGIS's {@code sphere_distance} does:
     * degrees to radians as {@code d * PI / 180}, then {@code atan2(|cross|, dot)} of the two
     * positions, times the radius.
     */
    public double distanceMetersTo(GeoPoint other) {
        double latS = radians(latitude);
        double latE = radians(other.latitude);
        double dLon = radians(other.longitude) - radians(longitude);
        double cosDLon = Math.cos(dLon);
        double cosLatE = Math.cos(latE);
        double sinLatE = Math.sin(latE);
        double cosLatS = Math.cos(latS);
        double sinLatS = Math.sin(latS);
        double a1 = square(cosLatE * Math.sin(dLon));
        double a2 = square(cosLatS * sinLatE - sinLatS * cosLatE * cosDLon);
        double y = Math.sqrt(a1 + a2);
        double x = sinLatS * sinLatE + cosLatS * cosLatE * cosDLon;
        return EARTH_RADIUS_METERS * Math.atan2(y, x);
    }

    private static double radians(double degrees) {
        return degrees * Math.PI / 180.0;
    }

    private static double square(double x) {
        return x * x;
    }
}
