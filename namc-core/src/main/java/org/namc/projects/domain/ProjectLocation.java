package org.namc.projects.domain;

import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.GeoPoint;
import org.namc.shared.domain.PostalAddress;
import org.namc.shared.domain.Violations;

/**
 * Where the work is: a place name as the source gives it, an address, the site's point and,
 * optionally, the service area contractors must be based in.
 */
public record ProjectLocation(@Nullable String description, @Nullable PostalAddress address,
                              @Nullable GeoPoint coordinates, @Nullable GeoPolygon serviceArea) {

    public static final ProjectLocation UNKNOWN = new ProjectLocation(null, null, null, null);

    public ProjectLocation {
        Violations.collect().maxLength(description, "description", 300).throwIfAny();
        description = description == null || description.isBlank() ? null : description.strip();
    }

    public static ProjectLocation at(String description, GeoPoint coordinates) {
        return new ProjectLocation(description, null, coordinates, null);
    }

    public ProjectLocation withServiceArea(@Nullable GeoPolygon area) {
        return new ProjectLocation(description, address, coordinates, area);
    }
}
