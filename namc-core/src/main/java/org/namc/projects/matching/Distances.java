package org.namc.projects.matching;

import org.namc.shared.domain.GeoPoint;

/**
 * The great-circle distance matching uses, computed from unit vectors: the chord between two
 * points, then {@code 2R asin(chord / 2)} (the haversine distance, rearranged). The
 * vectors are built with {@link StrictMath}, so the engine and the index, which precomputes
 * them, get the very same number for the same two points.
 */
public final class Distances {
    private Distances() {
    }

    public static double km(GeoPoint a, GeoPoint b) {
        return kmFromChord(Math.sqrt(chordSquared(unit(a), unit(b))));
    }

    /** The unit vector {@code {x, y, z}} of a point. */
    static double[] unit(GeoPoint p) {
        double lat = StrictMath.toRadians(p.latitude());
        double lon = StrictMath.toRadians(p.longitude());
        double cosLat = StrictMath.cos(lat);
        return new double[] {cosLat * StrictMath.cos(lon), cosLat * StrictMath.sin(lon), StrictMath.sin(lat)};
    }

    static double chordSquared(double[] a, double[] b) {
        return chordSquared(a[0], a[1], a[2], b[0], b[1], b[2]);
    }

    static double chordSquared(double ax, double ay, double az, double bx, double by, double bz) {
        double dx = ax - bx;
        double dy = ay - by;
        double dz = az - bz;
        return dx * dx + dy * dy + dz * dz;
    }

    static double kmFromChord(double chord) {
        return 2 * GeoPoint.EARTH_RADIUS_KM * asin(Math.min(1.0, chord / 2));
    }

    /**
     * {@code asin} by its Taylor series up to x^9 for the short distances matching cares about
     * (x up to 0.05, about 640 km; the first term left out is below 1e-15 relative), else
     * {@link StrictMath#asin}. Ranking computes this per member, and the series costs a
     * fraction of the library call.
     */
    private static double asin(double x) {
        if (x > 0.05) {
            return StrictMath.asin(x);
        }
        double x2 = x * x;
        return x * (1 + x2 * (1.0 / 6 + x2 * (3.0 / 40 + x2 * (15.0 / 336 + x2 * (105.0 / 3456)))));
    }
}
