package org.namc.projects.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.projects.Refusals.assertViolation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.namc.shared.domain.GeoPoint;
import org.namc.shared.domain.Money;

class ProjectValuesTest {

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    @Test
    void aBudgetRangeRunsUpwardsInOneCurrency() {
        assertViolation(() -> new Budget(usd("500"), usd("400"), null, null), "max", "at-least-min");
        assertViolation(() -> new Budget(usd("500"), Money.of("600", "EUR"), null, null), "max", "same-currency");
        assertViolation(() -> new Budget(usd("-1"), null, null, null), "min", "range");
        assertThat(new Budget(usd("400"), usd("400"), usd("400"), " State ").fundingSource()).isEqualTo("State");
    }

    @Test
    void importedProjectsNeedTheSourcesIdAndSourcesAreCanonical() {
        assertThat(ProjectOrigin.imported(" SAM.gov ", " W912-26-R-0001 "))
                .isEqualTo(new ProjectOrigin("SAM_GOV", "W912-26-R-0001"));
        assertThat(ProjectOrigin.imported("caltrans", "04-1234").source()).isEqualTo("CALTRANS");
        assertViolation(() -> new ProjectOrigin("SAM.gov", null), "externalId", "required");
        assertViolation(() -> new ProjectOrigin("manual", "x-1"), "externalId", "required");
        assertViolation(() -> new ProjectOrigin("--", "x"), "source", "format");
    }

    @Test
    void timelinesAndRequirementsGuardTheirRules() {
        assertViolation(() -> new Timeline(LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1), null, null),
                "endDate", "after-start");
        assertViolation(() -> new Timeline(null, null, null, 0), "estimatedDurationDays", "range");
        assertViolation(() -> new Requirements(List.of(), List.of(), List.of(CertificationRequirement.mandatory("DBE"),
                CertificationRequirement.preferred(" dbe ")), 0, null, List.of()), "certifications", "distinct");
        assertViolation(() -> new Requirements(List.of(), List.of(), List.of(), 61, null, List.of()),
                "yearsOfExperience", "range");
        assertThat(Requirements.skills(" Electrical", "electrical ", "Solar PV").skills())
                .containsExactly("electrical", "solar pv");
    }

    @Test
    void certificationNamesCompareWithoutCaseOrSpacing() {
        assertThat(CertificationRequirement.mandatory("  C-10   Electrical ").key())
                .isEqualTo(CertificationRequirement.keyOf("c-10 electrical"));
    }

    @Test
    void aPolygonContainsWhatLiesInsideItsRing() {
        GeoPolygon eastBay = GeoPolygon.of(GeoPoint.of(37.60, -122.35), GeoPoint.of(37.95, -122.35),
                GeoPoint.of(37.95, -121.95), GeoPoint.of(37.60, -121.95), GeoPoint.of(37.60, -122.35));
        GeoPolygon notch = GeoPolygon.of(GeoPoint.of(0, 0), GeoPoint.of(0, 4), GeoPoint.of(4, 4), GeoPoint.of(2, 2),
                GeoPoint.of(4, 0));

        assertThat(eastBay.vertices()).hasSize(4);
        assertThat(eastBay.contains(GeoPoint.of(37.8044, -122.2712))).isTrue();
        assertThat(eastBay.contains(GeoPoint.of(37.7749, -122.4194))).isFalse();
        assertThat(notch.contains(GeoPoint.of(1, 1))).isTrue();
        assertThat(notch.contains(GeoPoint.of(3, 2))).isFalse();
        assertViolation(() -> GeoPolygon.of(GeoPoint.of(0, 0), GeoPoint.of(1, 1), GeoPoint.of(0, 0)), "vertices",
                "min-size");
        assertViolation(() -> GeoPolygon.of(GeoPoint.of(0, -170), GeoPoint.of(1, 170), GeoPoint.of(2, 0)), "vertices",
                "antimeridian");
    }

    @Test
    void aBudgetFilterMatchesOverlappingBudgetsWithOpenEnds() {
        BudgetRange upTo300k = new BudgetRange(null, usd("300000"));
        BudgetRange from1m = new BudgetRange(usd("1000000"), null);

        assertThat(upTo300k.overlaps(new Budget(usd("250000"), usd("400000"), null, null))).isTrue();
        assertThat(upTo300k.overlaps(new Budget(usd("350000"), null, null, null))).isFalse();
        assertThat(from1m.overlaps(new Budget(usd("350000"), null, null, null))).isTrue();
        assertThat(from1m.overlaps(new Budget(null, usd("900000"), null, null))).isFalse();
        assertThat(upTo300k.overlaps(new Budget(null, usd("900000"), null, null))).isTrue();
        assertThat(from1m.overlaps(new Budget(null, null, usd("1200000"), null))).isTrue();
        assertThat(upTo300k.overlaps(Budget.NONE)).isFalse();
        assertViolation(() -> new BudgetRange(null, null), "budget", "required");
        assertViolation(() -> new BudgetRange(usd("5"), usd("4")), "budget.max", "at-least-min");
    }

    @Test
    void aMatchScoreHoldsHundredthsFrom0To100() {
        assertThat(MatchScore.of(new BigDecimal("87.5"))).isEqualTo(new MatchScore(8_750));
        assertThat(new MatchScore(8_750).toString()).isEqualTo("87.50");
        assertViolation(() -> new MatchScore(10_001), "matchScore", "range");
        assertViolation(() -> new MatchScore(-1), "matchScore", "range");
    }

    @Test
    void aProposalNeedsItsThreeTextsAndAPositiveBudget() {
        assertViolation(() -> Proposal.of(" ", "x", "y"), "proposal", "required");
        assertViolation(() -> new Proposal("p", "e", "t", usd("0"), List.of(), List.of(), List.of(), List.of()),
                "budgetProposal", "range");
        assertViolation(() -> new ClientReference("Pat", null, null, null), "email", "contact");
    }

    @Test
    void filtersKeepSkillsInCanonicalForm() {
        assertThat(ProjectFilter.ANY.withAllSkills(" Solar PV ").skillsAll()).containsExactly("solar pv");
        assertViolation(() -> ProjectFilter.text("x".repeat(501)), "text", "max-length");
    }
}
