package org.namc.projects.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.projects.matching.MatchFixtures.candidate;
import static org.namc.projects.matching.MatchFixtures.criteria;
import static org.namc.projects.matching.MatchFixtures.held;
import static org.namc.projects.matching.MatchFixtures.usd;
import static org.namc.projects.Refusals.assertViolation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.namc.projects.domain.CertificationRequirement;
import org.namc.projects.domain.InsuranceCoverage;
import org.namc.projects.domain.InsuranceRequirement;
import org.namc.projects.domain.InsuranceType;
import org.namc.shared.domain.GeoPoint;

class MatchEngineTest {
    private final MatchEngine engine = new MatchEngine(MatchWeights.defaults());

    private static MatchResult.Eligible eligible(MatchResult result) {
        assertThat(result).isInstanceOf(MatchResult.Eligible.class);
        return (MatchResult.Eligible) result;
    }

    private static CriterionScore line(MatchResult result, Criterion criterion) {
        return result.breakdown().stream().filter(l -> l.criterion() == criterion).findFirst().orElseThrow();
    }

    @Test
    void aMemberWhoMeetsEverythingScoresOneHundred() {
        Candidate ana = MatchFixtures.qualified(MatchFixtures.withCertifications(
                        MatchFixtures.withSkills(candidate(1), "electrical", "solar pv"),
                        held("C-10 Electrical", LocalDate.of(2027, 1, 1))),
                12, usd(2_000_000), new InsuranceCoverage(InsuranceType.GENERAL_LIABILITY, usd(2_000_000), null));
        MatchCriteria criteria = criteria(List.of("Electrical", "solar PV"),
                List.of(CertificationRequirement.mandatory("c-10  electrical")), null, 10, usd(1_500_000),
                List.of(new InsuranceRequirement(InsuranceType.GENERAL_LIABILITY, usd(1_000_000))));

        MatchResult.Eligible result = eligible(engine.match(ana, criteria, MatchFixtures.TIME));

        assertThat(result.score().toString()).isEqualTo("100.00");
        assertThat(result.breakdown()).extracting(CriterionScore::criterion).containsExactly(Criterion.values());
        assertThat(line(result, Criterion.SKILLS).explanation())
                .isEqualTo("Covers 2 of 2 required skills (electrical, solar pv).");
        assertThat(line(result, Criterion.BONDING).explanation())
                .isEqualTo("Bonding capacity of 2000000.00 USD covers the required bond of 1500000.00 USD.");
        assertThat(line(result, Criterion.DISTANCE).explanation()).startsWith("Based 0.0 km from the site");
    }

    @Test
    void eachCriterionEarnsItsShareAndSaysWhy() {
        Candidate ben = MatchFixtures.qualified(MatchFixtures.at(
                        MatchFixtures.withSkills(candidate(2), "electrical"), GeoPoint.of(38.5816, -121.4944)),
                4, usd(500_000));
        MatchCriteria criteria = criteria(List.of("electrical", "solar pv", "roofing", "hvac"),
                List.of(CertificationRequirement.preferred("DBE"), CertificationRequirement.preferred("OSHA 30")),
                null, 8, usd(1_000_000),
                List.of(new InsuranceRequirement(InsuranceType.WORKERS_COMPENSATION, usd(1_000_000))));

        MatchResult.Eligible result = eligible(engine.match(ben, criteria, MatchFixtures.TIME));

        assertThat(line(result, Criterion.SKILLS).earnedHundredths()).isEqualTo(3500 / 4);
        assertThat(line(result, Criterion.SKILLS).explanation())
                .isEqualTo("Covers 1 of 4 required skills (electrical); missing solar pv, roofing, hvac.");
        assertThat(line(result, Criterion.CERTIFICATIONS).earnedHundredths()).isZero();
        assertThat(line(result, Criterion.CERTIFICATIONS).explanation()).contains("lacking DBE, OSHA 30");
        assertThat(line(result, Criterion.EXPERIENCE).earnedHundredths()).isEqualTo(1000 * 4 / 8);
        assertThat(line(result, Criterion.EXPERIENCE).explanation()).isEqualTo("4 years of experience against 8 required.");
        assertThat(line(result, Criterion.BONDING).earnedHundredths()).isEqualTo(250);
        assertThat(line(result, Criterion.BONDING).explanation()).contains("falls short of");
        assertThat(line(result, Criterion.INSURANCE).earnedHundredths()).isZero();
        // Sacramento is about 120 km from Oakland: between 15 and 160 km, so part of the distance points.
        assertThat(line(result, Criterion.DISTANCE).earnedHundredths()).isBetween(1, 1999);
        assertThat(line(result, Criterion.DISTANCE).explanation()).matches("Based 1[0-9]{2}\\.[0-9] km from the site.*");
        assertThat(result.score().hundredths())
                .isEqualTo(result.breakdown().stream().mapToInt(CriterionScore::earnedHundredths).sum());
    }

    @Test
    void aMissingOrExpiredMandatoryCertificationMakesAMemberIneligibleNotLow() {
        MatchCriteria criteria = criteria(List.of(), List.of(CertificationRequirement.mandatory("C-10 Electrical")),
                null, 0, null, List.of());
        Candidate expired = MatchFixtures.withCertifications(candidate(3),
                held("C-10 Electrical", LocalDate.of(2026, 2, 28)));
        Candidate lastDay = MatchFixtures.withCertifications(candidate(4),
                held("C-10 Electrical", LocalDate.of(2026, 3, 1)));

        MatchResult result = engine.match(expired, criteria, MatchFixtures.TIME);

        assertThat(result).isInstanceOfSatisfying(MatchResult.Ineligible.class, i -> assertThat(i.reasons())
                .extracting(Ineligibility::reason)
                .containsExactly("Lacks the mandatory certification C-10 Electrical (not held, or not valid on 2026-03-01)."));
        eligible(engine.match(lastDay, criteria, MatchFixtures.TIME));
    }

    @Test
    void outsideTheServiceAreaOrWithoutALocationIsIneligible() {
        MatchCriteria criteria = criteria(List.of(), List.of(), MatchFixtures.EAST_BAY, 0, null, List.of());

        MatchResult inSanFrancisco = engine.match(MatchFixtures.at(candidate(5), GeoPoint.of(37.7749, -122.4194)),
                criteria, MatchFixtures.TIME);
        MatchResult nowhere = engine.match(MatchFixtures.at(candidate(6), null), criteria, MatchFixtures.TIME);
        MatchResult inBerkeley = engine.match(MatchFixtures.at(candidate(7), GeoPoint.of(37.8715, -122.2730)),
                criteria, MatchFixtures.TIME);

        assertThat(((MatchResult.Ineligible) inSanFrancisco).reasons()).extracting(Ineligibility::reason)
                .containsExactly("Is based outside the project's service area.");
        assertThat(((MatchResult.Ineligible) nowhere).reasons()).extracting(Ineligibility::criterion)
                .containsExactly(Criterion.DISTANCE);
        assertThat(line(eligible(inBerkeley), Criterion.DISTANCE).explanation())
                .isEqualTo("Based inside the project's service area.");
    }

    @Test
    void aLapsedMembershipIsIneligibleAndGraceEarnsHalfTheStandingPoints() {
        MatchCriteria criteria = MatchFixtures.skillsOnly();
        Candidate lapsed = MatchFixtures.standing(candidate(8),
                StandingTimeline.activeUntil(MatchFixtures.NOW.minus(Duration.ofDays(31)), MatchFixtures.POLICY));
        Candidate inGrace = MatchFixtures.standing(candidate(9),
                StandingTimeline.activeUntil(MatchFixtures.NOW.minus(Duration.ofDays(1)), MatchFixtures.POLICY));
        Candidate expiring = MatchFixtures.standing(candidate(10),
                StandingTimeline.activeUntil(MatchFixtures.NOW.plus(Duration.ofDays(5)), MatchFixtures.POLICY));

        assertThat(engine.match(lapsed, criteria, MatchFixtures.TIME)).isInstanceOfSatisfying(
                MatchResult.Ineligible.class, i -> assertThat(i.reasons().get(0).reason()).startsWith("Membership is LAPSED"));
        assertThat(line(engine.match(inGrace, criteria, MatchFixtures.TIME), Criterion.STANDING).earnedHundredths())
                .isEqualTo(500);
        assertThat(line(engine.match(expiring, criteria, MatchFixtures.TIME), Criterion.STANDING).earnedHundredths())
                .isEqualTo(750);
    }

    @Test
    void everyHardRequirementMissedIsNamed() {
        Candidate nobody = MatchFixtures.standing(MatchFixtures.at(candidate(11), null),
                new StandingTimeline(null, null, Duration.ZERO, Duration.ZERO));
        MatchCriteria criteria = criteria(List.of(), List.of(CertificationRequirement.mandatory("DBE")),
                MatchFixtures.EAST_BAY, 0, null, List.of());

        MatchResult result = engine.match(nobody, criteria, MatchFixtures.TIME);

        assertThat(((MatchResult.Ineligible) result).reasons()).extracting(Ineligibility::criterion)
                .containsExactly(Criterion.CERTIFICATIONS, Criterion.DISTANCE, Criterion.STANDING);
    }

    @Test
    void weightsMustAddUpToOneHundredAndTheDistanceBandMustBeOrdered() {
        assertViolation(() -> new MatchWeights(35, 15, 20, 10, 5, 5, 11, 15, 160), "weights", "sum");
        assertViolation(() -> new MatchWeights(-5, 15, 20, 10, 5, 5, 50, 15, 160), "weights", "range");
        assertViolation(() -> new MatchWeights(35, 15, 20, 10, 5, 5, 10, 50, 40), "noPointsBeyondKm", "range");
    }
}
