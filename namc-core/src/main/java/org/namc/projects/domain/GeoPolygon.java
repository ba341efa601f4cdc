package org.namc.projects.domain;

import org.namc.shared.domain.ViolationRule;
import java.util.ArrayList;
import java.util.List;
import org.namc.shared.domain.GeoPoint;
import org.namc.shared.domain.Violations;

/**
 * A simple WGS84 polygon (a project's service area), given by its outer ring. A closing
 * vertex equal to the first is dropped. Containment is the even-odd rule on latitude and
 * longitude, which agrees with PostGIS for the county-sized areas projects use; rings may not
 * span 180 degrees of longitude or more (no antimeridian crossing). Points exactly on an edge
 * may fall either way.
 */
public record GeoPolygon(List<GeoPoint> vertices) {
    public static final int MAX_VERTICES = 1_000;

    public GeoPolygon {
        List<GeoPoint> ring = new ArrayList<>(vertices);
        if (ring.size() > 1 && ring.get(0).equals(ring.get(ring.size() - 1))) {
            ring.remove(ring.size() - 1);
        }
        double minLon = ring.stream().mapToDouble(GeoPoint::longitude).min().orElse(0);
        double maxLon = ring.stream().mapToDouble(GeoPoint::longitude).max().orElse(0);
        Violations.collect()
                .check(ring.stream().distinct().count() >= 3, "vertices", ViolationRule.MIN_SIZE,
                        "a polygon needs at least 3 distinct vertices")
                .maxSize(ring, "vertices", MAX_VERTICES)
                .check(maxLon - minLon < 180, "vertices", "antimeridian",
                        "must span less than 180 degrees of longitude")
                .throwIfAny();
        vertices = List.copyOf(ring);
    }

    public static GeoPolygon of(GeoPoint... vertices) {
        return new GeoPolygon(List.of(vertices));
    }

    public boolean contains(GeoPoint point) {
        return contains(point.latitude(), point.longitude());
    }

    /** Primitive form, so a ranking loop over many members allocates nothing. */
    public boolean contains(double latitude, double longitude) {
        boolean inside = false;
        int n = vertices.size();
        for (int i = 0, j = n - 1; i < n; j = i++) {
            GeoPoint a = vertices.get(i);
            GeoPoint b = vertices.get(j);
            if ((a.latitude() > latitude) != (b.latitude() > latitude)) {
                double crossLon = a.longitude() + (latitude - a.latitude()) * (b.longitude() - a.longitude())
                        / (b.latitude() - a.latitude());
                if (longitude < crossLon) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }
}
