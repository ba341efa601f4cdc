package org.namc.benchmarks.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.namc.membership.domain.MembershipStatus;
import org.namc.projects.domain.CertificationRequirement;
import org.namc.projects.domain.InsuranceRequirement;
import org.namc.projects.matching.Candidate;
import org.namc.projects.matching.MatchCriteria;
import org.namc.projects.matching.MatchTime;
import org.namc.projects.matching.MatchWeights;
import org.namc.shared.domain.GeoPoint;
import org.namc.shared.domain.MemberId;

/**
 * The alternative for B2: the documented scoring rules written the plainest way, walking the
 * candidate objects, with the textbook haversine distance, then a full sort of everyone
 * eligible. Handles projects with a site (no service area), which is what B2 ranks for.
 */
final class NaiveRanking {
    record Scored(MemberId memberId, int score) {
    }

    private static final Comparator<Scored> BEST_FIRST = Comparator.comparingInt(Scored::score).reversed()
            .thenComparing(s -> s.memberId().value()); // UUID order: signed halves, as documented

    private NaiveRanking() {
    }

    static List<Scored> top(List<Candidate> candidates, MatchCriteria criteria, MatchWeights weights, MatchTime time,
                            int limit) {
        List<Scored> eligible = new ArrayList<>();
        for (Candidate candidate : candidates) {
            int score = score(candidate, criteria, weights, time);
            if (score >= 0) {
                eligible.add(new Scored(candidate.memberId(), score));
            }
        }
        eligible.sort(BEST_FIRST);
        return List.copyOf(eligible.subList(0, Math.min(limit, eligible.size())));
    }

    /** Hundredths of a point, or -1 when ineligible. */
    private static int score(Candidate c, MatchCriteria criteria, MatchWeights weights, MatchTime time) {
        MembershipStatus status = c.standing().statusAt(time.instant());
        if (!status.isInGoodStanding()) {
            return -1;
        }
        int held = 0;
        for (CertificationRequirement requirement : criteria.certifications()) {
            boolean valid = c.certifications().stream()
                    .anyMatch(h -> h.key().equals(requirement.key()) && h.isValidOn(time.today()));
            if (valid) {
                held++;
            } else if (requirement.mandatory()) {
                return -1;
            }
        }
        int covered = (int) criteria.skills().stream().filter(c.skills()::contains).count();
        int insured = 0;
        for (InsuranceRequirement requirement : criteria.insurance()) {
            if (c.insurance().stream().anyMatch(cover -> cover.type() == requirement.type()
                    && cover.isValidOn(time.today())
                    && cover.coverage().minorUnits() >= requirement.minimumCoverage().minorUnits())) {
                insured++;
            }
        }
        long capacity = c.bondingCapacity() == null ? 0 : c.bondingCapacity().minorUnits();
        long bond = criteria.bonding() == null ? 0 : criteria.bonding().minorUnits();
        int standing = switch (status) {
            case ACTIVE -> weights.standing() * 100;
            case EXPIRING -> weights.standing() * 100 * 3 / 4;
            default -> weights.standing() * 100 / 2;
        };
        return share(weights.skills(), covered, criteria.skills().size())
                + share(weights.certifications(), held, criteria.certifications().size())
                + distance(c.location(), criteria.site(), weights)
                + share(weights.experience(), c.yearsOfExperience(), criteria.yearsOfExperience())
                + bonding(weights.bonding() * 100, capacity, bond)
                + share(weights.insurance(), insured, criteria.insurance().size())
                + standing;
    }

    private static int share(int points, int met, int required) {
        return required == 0 ? points * 100 : (int) ((long) points * 100 * Math.min(met, required) / required);
    }

    private static int bonding(int possible, long capacity, long required) {
        if (required <= 0) {
            return possible;
        }
        return capacity <= 0 ? 0 : (int) Math.floor(possible * ((double) Math.min(capacity, required) / required));
    }

    private static int distance(GeoPoint home, GeoPoint site, MatchWeights weights) {
        int possible = weights.distance() * 100;
        if (site == null) {
            return possible;
        }
        if (home == null) {
            return 0;
        }
        double km = haversineKm(home, site);
        double near = weights.fullPointsWithinKm();
        double far = weights.noPointsBeyondKm();
        if (km <= near) {
            return possible;
        }
        return km >= far ? 0 : (int) Math.floor(possible * ((far - km) / (far - near)));
    }

    private static double haversineKm(GeoPoint a, GeoPoint b) {
        double dLat = Math.toRadians(b.latitude() - a.latitude());
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(a.latitude()))
                * Math.cos(Math.toRadians(b.latitude())) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * GeoPoint.EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }
}
