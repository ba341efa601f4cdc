package org.namc.projects.matching;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.namc.membership.domain.RenewalPolicy;
import org.namc.projects.domain.CertificationRequirement;
import org.namc.projects.domain.GeoPolygon;
import org.namc.projects.domain.InsuranceCoverage;
import org.namc.projects.domain.InsuranceRequirement;
import org.namc.projects.domain.ProjectId;
import org.namc.shared.domain.GeoPoint;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;

/** Candidates and criteria for matching tests, around a site in Oakland on 1 March 2026. */
final class MatchFixtures {
    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    static final MatchTime TIME = new MatchTime(NOW, LocalDate.of(2026, 3, 1));
    static final GeoPoint SITE = GeoPoint.of(37.8044, -122.2712);
    static final ProjectId PROJECT = new ProjectId(UUID.fromString("00000000-0000-7000-8000-00000000aaaa"));
    static final RenewalPolicy POLICY = RenewalPolicy.standard();
    /** East Bay: Oakland, Berkeley, Hayward and around. */
    static final GeoPolygon EAST_BAY = GeoPolygon.of(GeoPoint.of(37.60, -122.35), GeoPoint.of(37.95, -122.35),
            GeoPoint.of(37.95, -121.95), GeoPoint.of(37.60, -121.95));

    private MatchFixtures() {
    }

    static MemberId memberId(long n) {
        return new MemberId(new UUID(0x7000L, 0x8000_0000_0000_0000L | n));
    }

    static StandingTimeline active() {
        return StandingTimeline.activeUntil(NOW.plus(Duration.ofDays(200)), POLICY);
    }

    static Money usd(long dollars) {
        return Money.ofMinor(dollars * 100, java.util.Currency.getInstance("USD"));
    }

    /** An active member at the site with nothing else. */
    static Candidate candidate(long n) {
        return new Candidate(memberId(n), "Member " + n, Set.of(), List.of(), SITE, 0, null, List.of(), active());
    }

    static Candidate withSkills(Candidate c, String... skills) {
        Set<String> all = new HashSet<>(c.skills());
        all.addAll(List.of(skills));
        return new Candidate(c.memberId(), c.name(), all, c.certifications(), c.location(), c.yearsOfExperience(),
                c.bondingCapacity(), c.insurance(), c.standing());
    }

    static Candidate withCertifications(Candidate c, HeldCertification... held) {
        return new Candidate(c.memberId(), c.name(), c.skills(), List.of(held), c.location(), c.yearsOfExperience(),
                c.bondingCapacity(), c.insurance(), c.standing());
    }

    static Candidate at(Candidate c, @Nullable GeoPoint location) {
        return new Candidate(c.memberId(), c.name(), c.skills(), c.certifications(), location, c.yearsOfExperience(),
                c.bondingCapacity(), c.insurance(), c.standing());
    }

    static Candidate qualified(Candidate c, int years, @Nullable Money bonding, InsuranceCoverage... insurance) {
        return new Candidate(c.memberId(), c.name(), c.skills(), c.certifications(), c.location(), years, bonding,
                List.of(insurance), c.standing());
    }

    static Candidate standing(Candidate c, StandingTimeline standing) {
        return new Candidate(c.memberId(), c.name(), c.skills(), c.certifications(), c.location(),
                c.yearsOfExperience(), c.bondingCapacity(), c.insurance(), standing);
    }

    static HeldCertification held(String name, @Nullable LocalDate expiresOn) {
        return new HeldCertification(CertificationRequirement.keyOf(name), name, null, expiresOn);
    }

    static MatchCriteria criteria(List<String> skills, List<CertificationRequirement> certifications,
                                  @Nullable GeoPolygon area, int years, @Nullable Money bonding,
                                  List<InsuranceRequirement> insurance) {
        return new MatchCriteria(PROJECT, skills, certifications, SITE, area, years, bonding, insurance);
    }

    static MatchCriteria skillsOnly(String... skills) {
        return criteria(List.of(skills), List.of(), null, 0, null, List.of());
    }
}
