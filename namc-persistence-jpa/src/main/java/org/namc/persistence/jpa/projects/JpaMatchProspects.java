package org.namc.persistence.jpa.projects;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.namc.persistence.jpa.shared.JpaTransactions;
import org.namc.projects.domain.CertificationRequirement;
import org.namc.projects.domain.GeoPolygon;
import org.namc.projects.matching.MatchCriteria;
import org.namc.projects.spi.MatchProspects;
import org.namc.shared.domain.GeoPoint;
import org.namc.shared.domain.MemberId;

/**
 * The SQL pre-filter of ranking: members whose row can pass the engine's hard requirements, found
 * with the {@code users} indexes. Every condition is as wide as or wider than the engine's, so no
 * eligible member is left out:
 * <ul>
 *   <li>standing: not deleted, email verified, not cancelled before now, expired no longer ago than the grace;</li>
 *   <li>mandatory certifications: each held under its comparison key (validity dates are the engine's);</li>
 *   <li>service area: {@code ST_DWithin} (GiST on {@code users.coordinates}) of the circle around the
 *       area's latitude/longitude box. The engine's even-odd test only admits points inside that box,
 *       and on a sphere the box's farthest point from its centre is a corner, so the circle holds the box.</li>
 * </ul>
 * Skills and distance to the site earn points but exclude no one, so they cannot narrow the set.
 */
public final class JpaMatchProspects implements MatchProspects {
    /** Slack for rounding between the JVM's and PostgreSQL's clocks and distances; widening is always safe. */
    private static final Duration TIME_SLACK = Duration.ofMillis(1);
    private static final double DISTANCE_SLACK_METERS = 1_000;

    private final JpaTransactions transactions;

    public JpaMatchProspects(JpaTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public Set<MemberId> prospectsFor(MatchCriteria criteria, Instant now, Duration grace) {
        List<String> conditions = new ArrayList<>(List.of(
                "u.deleted_at is null",
                "u.email_verified_at is not null",
                "u.membership_expires_at >= :lapsedBefore",
                "(u.membership_cancelled_at is null or u.membership_cancelled_at >= :now)"));
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("lapsedBefore", now.minus(grace).minus(TIME_SLACK));
        parameters.put("now", now.minus(TIME_SLACK));
        String[] mandatory = criteria.certifications().stream().filter(CertificationRequirement::mandatory)
                .map(CertificationRequirement::key).distinct().toArray(String[]::new);
        if (mandatory.length > 0) {
            // CertificationRequirement.keyOf in SQL: whitespace runs to one space, trimmed, lower case.
            conditions.add("cast(:mandatory as text[]) <@ array(select lower(btrim(regexp_replace(c ->> 'name',"
                    + " '\\s+', ' ', 'g'))) from jsonb_array_elements(u.certifications) c)");
            parameters.put("mandatory", mandatory);
        }
        GeoPolygon area = criteria.serviceArea();
        if (area != null) {
            Circle circle = Circle.around(area);
            conditions.add("u.coordinates is not null and "
                    + SphereDistance.within("u.coordinates", ":latitude", ":longitude", ":meters"));
            parameters.put("longitude", circle.centre().longitude());
            parameters.put("latitude", circle.centre().latitude());
            parameters.put("meters", circle.meters() + DISTANCE_SLACK_METERS);
        }
        String sql = "select u.id from {h-schema}users u where " + String.join(" and ", conditions);
        return transactions.withEntityManager(em -> {
            var query = em.createNativeQuery(sql);
            parameters.forEach(query::setParameter);
            @SuppressWarnings("unchecked")
            List<UUID> ids = query.getResultList();
            return ids.stream().map(MemberId::new).collect(Collectors.toUnmodifiableSet());
        });
    }

    /** The circle around a polygon's latitude/longitude box: centred on the box, through its farthest corner. */
    private record Circle(GeoPoint centre, double meters) {
        static Circle around(GeoPolygon area) {
            double south = area.vertices().stream().mapToDouble(GeoPoint::latitude).min().orElseThrow();
            double north = area.vertices().stream().mapToDouble(GeoPoint::latitude).max().orElseThrow();
            double west = area.vertices().stream().mapToDouble(GeoPoint::longitude).min().orElseThrow();
            double east = area.vertices().stream().mapToDouble(GeoPoint::longitude).max().orElseThrow();
            GeoPoint centre = GeoPoint.of((south + north) / 2, (west + east) / 2);
            double km = List.of(GeoPoint.of(south, west), GeoPoint.of(south, east), GeoPoint.of(north, west),
                    GeoPoint.of(north, east)).stream().mapToDouble(centre::distanceKmTo).max().orElseThrow();
            return new Circle(centre, km * 1000);
        }
    }
}
