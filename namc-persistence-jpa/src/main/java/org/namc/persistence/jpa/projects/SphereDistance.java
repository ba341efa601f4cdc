package org.namc.persistence.jpa.projects;

/**
 * The SQL of "within this many metres" on the same earth as {@link org.namc.shared.domain.GeoPoint}:
 * {@code ST_DWithin} on geography with {@code use_spheroid => false}, PostGIS's sphere of the
 * WGS84 mean radius. The condition still runs on the GiST index of the geography column; its
 * box test is a pre-filter that never drops a point the distance test admits.
 */
final class SphereDistance {
    private SphereDistance() {
    }

    /** {@code column} within {@code meters} of ({@code latitude}, {@code longitude}), each an SQL expression. */
    static String within(String column, String latitude, String longitude, String meters) {
        return "ST_DWithin(" + column + ", cast(ST_SetSRID(ST_MakePoint(" + longitude + ", " + latitude
                + "), 4326) as geography), " + meters + ", false)";
    }
}
