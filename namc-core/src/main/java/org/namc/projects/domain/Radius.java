package org.namc.projects.domain;

import org.namc.shared.domain.ViolationRule;
import java.util.Objects;
import org.namc.shared.domain.GeoPoint;
import org.namc.shared.domain.Violations;

/**
 * A search circle: projects whose site lies within {@code km} of {@code center}, measured on the
 * sphere of {@link GeoPoint#distanceMetersTo} (PostGIS {@code ST_DWithin} on geography with
 * {@code use_spheroid => false}), the boundary included.
 */
public record Radius(GeoPoint center, double km) {
    public static final double MAX_KM = 20_000;

    public Radius {
        Objects.requireNonNull(center, "center");
        Violations.collect()
                .check(Double.isFinite(km) && km > 0 && km <= MAX_KM, "radius.km", ViolationRule.RANGE,
                        "must be above 0 and at most " + (int) MAX_KM)
                .throwIfAny();
    }

    public static Radius around(GeoPoint center, double km) {
        return new Radius(center, km);
    }

    /** The radius in metres, as the database adapter passes it to PostGIS. */
    public double meters() {
        return km * 1000;
    }

    public boolean covers(GeoPoint point) {
        return center.distanceMetersTo(point) <= meters();
    }
}
