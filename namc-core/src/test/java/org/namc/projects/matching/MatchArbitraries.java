package org.namc.projects.matching;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.namc.projects.domain.CertificationRequirement;
import org.namc.projects.domain.InsuranceCoverage;
import org.namc.projects.domain.InsuranceRequirement;
import org.namc.projects.domain.InsuranceType;
import org.namc.shared.domain.GeoPoint;
import org.namc.shared.domain.Money;

/** Random candidates, criteria and weights over small vocabularies, so that they often overlap. */
final class MatchArbitraries {
    static final List<String> SKILLS = List.of("electrical", "solar pv", "roofing", "concrete", "hvac", "plumbing",
            "framing", "paving", "drywall", "steel erection", "demolition", "landscaping");
    static final List<String> CERTIFICATIONS = List.of("C-10 Electrical", "OSHA 30", "DBE", "LEED AP");
    private static final List<InsuranceType> INSURANCE = List.of(InsuranceType.GENERAL_LIABILITY,
            InsuranceType.WORKERS_COMPENSATION, InsuranceType.COMMERCIAL_AUTO);

    private MatchArbitraries() {
    }

    static Arbitrary<GeoPoint> bayArea() {
        return Combinators.combine(Arbitraries.doubles().between(37.0, 38.6), Arbitraries.doubles().between(-123.2, -121.2))
                .as(GeoPoint::of);
    }

    static Arbitrary<StandingTimeline> standings() {
        Instant now = MatchFixtures.NOW;
        // Mostly in good standing; a few pending, cancelled or lapsed (more than 30 days past expiry).
        Arbitrary<Instant> expiry = Arbitraries.longs().between(-60, 400)
                .map(days -> now.plus(Duration.ofDays(days)).plusSeconds(days * 7));
        return Combinators.combine(expiry, Arbitraries.integers().between(0, 19)).as((expiresAt, kind) -> switch (kind) {
            case 0 -> new StandingTimeline(null, null, MatchFixtures.POLICY.expiringNotice(), MatchFixtures.POLICY.grace());
            case 1 -> new StandingTimeline(now.minusSeconds(3600), expiresAt, MatchFixtures.POLICY.expiringNotice(),
                    MatchFixtures.POLICY.grace());
            default -> StandingTimeline.activeUntil(expiresAt, MatchFixtures.POLICY);
        });
    }

    static Arbitrary<HeldCertification> heldCertifications() {
        Arbitrary<LocalDate> expiry = Arbitraries.integers().between(-60, 400)
                .map(days -> MatchFixtures.TIME.today().plusDays(days));
        return Combinators.combine(Arbitraries.of(CERTIFICATIONS), expiry.injectNull(0.5))
                .as(MatchFixtures::held);
    }

    static Arbitrary<InsuranceCoverage> coverages() {
        return Combinators.combine(Arbitraries.of(INSURANCE), Arbitraries.longs().between(1, 5_000_000),
                        Arbitraries.integers().between(-30, 400).injectNull(0.3))
                .as((type, dollars, days) -> new InsuranceCoverage(type, MatchFixtures.usd(dollars),
                        days == null ? null : MatchFixtures.TIME.today().plusDays(days)));
    }

    static Arbitrary<Candidate> candidates() {
        Arbitrary<Long> serial = Arbitraries.longs().between(1, 1_000_000);
        Arbitrary<Set<String>> skills = Arbitraries.of(SKILLS).set().ofMaxSize(6);
        Arbitrary<List<HeldCertification>> certs = heldCertifications().list().ofMaxSize(4);
        Arbitrary<GeoPoint> location = bayArea().injectNull(0.1);
        Arbitrary<Integer> years = Arbitraries.integers().between(0, 40);
        Arbitrary<Money> bonding = Arbitraries.longs().between(0, 10_000_000).map(MatchFixtures::usd).injectNull(0.3);
        Arbitrary<List<InsuranceCoverage>> insurance = coverages().list().ofMaxSize(3);
        return Combinators.combine(serial, skills, certs, location, years, bonding, insurance, standings())
                .as((n, s, c, l, y, b, i, st) -> new Candidate(MatchFixtures.memberId(n), "Member " + n, s, c, l, y, b,
                        i, st));
    }

    static Arbitrary<List<Candidate>> distinctCandidates(int max) {
        return candidates().list().ofMaxSize(max).uniqueElements(Candidate::memberId);
    }

    static Arbitrary<MatchCriteria> criteria() {
        Arbitrary<List<String>> skills = Arbitraries.of(SKILLS).list().ofMaxSize(5).uniqueElements();
        Arbitrary<List<CertificationRequirement>> certs = Combinators.combine(Arbitraries.of(CERTIFICATIONS),
                        Arbitraries.integers().between(0, 7).map(i -> i == 0))
                .as(CertificationRequirement::new).list().ofMaxSize(2).uniqueElements(CertificationRequirement::key);
        Arbitrary<GeoPoint> site = bayArea().injectNull(0.1);
        Arbitrary<Boolean> withArea = Arbitraries.integers().between(0, 7).map(i -> i == 0);
        Arbitrary<Integer> years = Arbitraries.of(0, 0, 3, 5, 10, 15);
        Arbitrary<Money> bond = Arbitraries.longs().between(1, 8_000_000).map(MatchFixtures::usd).injectNull(0.5);
        Arbitrary<List<InsuranceRequirement>> insurance = Combinators.combine(Arbitraries.of(INSURANCE),
                        Arbitraries.longs().between(1, 3_000_000).map(MatchFixtures::usd))
                .as(InsuranceRequirement::new).list().ofMaxSize(2).uniqueElements(InsuranceRequirement::type);
        return Combinators.combine(skills, certs, site, withArea, years, bond, insurance)
                .as((s, c, p, a, y, b, i) -> new MatchCriteria(MatchFixtures.PROJECT, s, c, p,
                        a ? MatchFixtures.EAST_BAY : null, y, b, i));
    }

    /** Seven non-negative weights adding up to 100, and a distance band. */
    static Arbitrary<MatchWeights> weights() {
        Arbitrary<List<Integer>> cuts = Arbitraries.integers().between(0, 100).list().ofSize(6);
        return Combinators.combine(cuts, Arbitraries.doubles().between(0, 50), Arbitraries.doubles().between(1, 300))
                .as((c, near, extra) -> {
                    List<Integer> sorted = new ArrayList<>(c);
                    sorted.add(0);
                    sorted.add(100);
                    sorted.sort(Integer::compare);
                    int[] w = new int[7];
                    for (int i = 0; i < 7; i++) {
                        w[i] = sorted.get(i + 1) - sorted.get(i);
                    }
                    return new MatchWeights(w[0], w[1], w[2], w[3], w[4], w[5], w[6], near, near + extra);
                });
    }
}
