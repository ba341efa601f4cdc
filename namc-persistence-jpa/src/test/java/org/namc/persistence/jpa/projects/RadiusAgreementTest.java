package org.namc.persistence.jpa.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.namc.persistence.jpa.TestDatabase;
import org.namc.projects.domain.Radius;
import org.namc.shared.domain.GeoPoint;

/**
 * {@link Radius#covers} and the adapter's {@code ST_DWithin} admit exactly the same points: on
 * 100,000 pairs whose distance lies within 0.5 % of the radius (half of them in the Bay Area,
 * the rest anywhere, radii from 50 m to 2,000 km), the JVM and PostGIS never disagree.
 */
class RadiusAgreementTest {
    private static final int PAIRS = 100_000;

    private record Pair(Radius radius, GeoPoint site) {
    }

    @Test
    void theJvmAndPostgisAgreeOnEveryPointNearTheEdge() throws SQLException {
        List<Pair> pairs = nearTheEdge(new SplittableRandom(20_261_208));
        boolean[] inDatabase = coveredInDatabase(pairs);
        List<Pair> disagreements = new ArrayList<>();
        int inside = 0;
        for (int i = 0; i < pairs.size(); i++) {
            boolean inMemory = pairs.get(i).radius().covers(pairs.get(i).site());
            inside += inMemory ? 1 : 0;
            if (inMemory != inDatabase[i]) {
                disagreements.add(pairs.get(i));
            }
        }
        assertThat(disagreements).isEmpty();
        // Both sides of the edge are exercised.
        assertThat(inside).isBetween(PAIRS / 3, PAIRS * 2 / 3);
    }

    /** Pairs whose great-circle distance is the radius times a factor in [0.995, 1.005]. */
    private static List<Pair> nearTheEdge(SplittableRandom random) {
        List<Pair> pairs = new ArrayList<>(PAIRS);
        for (int i = 0; i < PAIRS; i++) {
            GeoPoint centre = i % 2 == 0
                    ? GeoPoint.of(37.2 + random.nextDouble(1.2), -122.6 + random.nextDouble(1.0))
                    : GeoPoint.of(random.nextDouble(-89, 89), random.nextDouble(-180, 180));
            double km = Math.exp(random.nextDouble(Math.log(0.05), Math.log(2_000)));
            double distanceKm = km * (1 + random.nextDouble(-0.005, 0.005));
            pairs.add(new Pair(Radius.around(centre, km), destination(centre, distanceKm, random.nextDouble(360))));
        }
        return pairs;
    }

    /** The point {@code km} away on the initial bearing, on the sphere. */
    private static GeoPoint destination(GeoPoint from, double km, double bearingDegrees) {
        double angle = km / GeoPoint.EARTH_RADIUS_KM;
        double lat = Math.toRadians(from.latitude());
        double bearing = Math.toRadians(bearingDegrees);
        double toLat = Math.asin(Math.sin(lat) * Math.cos(angle) + Math.cos(lat) * Math.sin(angle) * Math.cos(bearing));
        double toLon = Math.toRadians(from.longitude()) + Math.atan2(Math.sin(bearing) * Math.sin(angle) * Math.cos(lat),
                Math.cos(angle) - Math.sin(lat) * Math.sin(toLat));
        double longitude = Math.toDegrees(toLon);
        longitude = longitude > 180 ? longitude - 360 : longitude < -180 ? longitude + 360 : longitude;
        return GeoPoint.of(Math.toDegrees(toLat), longitude);
    }

    /** Whether the adapter's condition admits each site, all pairs in one statement. */
    private static boolean[] coveredInDatabase(List<Pair> pairs) throws SQLException {
        String within = SphereDistance.within(
                "cast(ST_SetSRID(ST_MakePoint(t.lon, t.lat), 4326) as geography)", "t.clat", "t.clon", "t.meters");
        String sql = "select t.i, " + within + " from unnest(?, ?, ?, ?, ?) with ordinality"
                + " as t(lat, lon, clat, clon, meters, i)";
        try (Connection connection = TestDatabase.connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setArray(1, doubles(connection, pairs, p -> p.site().latitude()));
            query.setArray(2, doubles(connection, pairs, p -> p.site().longitude()));
            query.setArray(3, doubles(connection, pairs, p -> p.radius().center().latitude()));
            query.setArray(4, doubles(connection, pairs, p -> p.radius().center().longitude()));
            query.setArray(5, doubles(connection, pairs, p -> p.radius().meters()));
            boolean[] covered = new boolean[pairs.size()];
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    covered[(int) rows.getLong(1) - 1] = rows.getBoolean(2);
                }
            }
            return covered;
        }
    }

    private static Array doubles(Connection connection, List<Pair> pairs,
                                 java.util.function.ToDoubleFunction<Pair> value) throws SQLException {
        return connection.createArrayOf("float8", pairs.stream().map(p -> value.applyAsDouble(p)).toArray());
    }
}
