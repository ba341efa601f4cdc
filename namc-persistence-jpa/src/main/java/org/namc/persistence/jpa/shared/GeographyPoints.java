package org.namc.persistence.jpa.shared;

import org.geolatte.geom.G2D;
import org.geolatte.geom.Point;
import org.geolatte.geom.crs.CoordinateReferenceSystems;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.GeoPoint;

/** Maps the core's {@link GeoPoint} to {@code geography(Point,4326)} values; geolatte puts longitude first. */
public final class GeographyPoints {
    private GeographyPoints() {
    }

    public static @Nullable Point<G2D> toGeography(@Nullable GeoPoint point) {
        return point == null ? null
                : new Point<>(new G2D(point.longitude(), point.latitude()), CoordinateReferenceSystems.WGS84);
    }

    public static @Nullable GeoPoint toGeoPoint(@Nullable Point<G2D> point) {
        if (point == null || point.isEmpty()) {
            return null;
        }
        G2D position = point.getPosition();
        return GeoPoint.of(position.getLat(), position.getLon());
    }
}
