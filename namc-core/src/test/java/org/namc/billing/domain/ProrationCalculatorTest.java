package org.namc.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.namc.billing.domain.BillingTestData.PACIFIC;
import static org.namc.billing.domain.BillingTestData.at;
import static org.namc.billing.domain.BillingTestData.usd;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ProrationCalculatorTest {
    private static final BillingPeriod JANUARY = new BillingPeriod(at("2026-01-01T00:00:00Z"),
            at("2026-02-01T00:00:00Z"));

    @Test
    void creditsTheUnusedDaysOfTheOldTierAndChargesThemAtTheNewOne() {
        Proration p = ProrationCalculator.prorate(JANUARY, ZoneOffset.UTC, new PaidSegment(usd("31.00"),
                JANUARY.start()), usd("62.00"), at("2026-01-21T15:00:00Z"));

        assertThat(p.changeDate()).isEqualTo(LocalDate.parse("2026-01-21"));
        assertThat(p.unusedDays()).isEqualTo(11); // Jan 21 to Feb 1: the change day counts as unused
        assertThat(p.periodDays()).isEqualTo(31);
        assertThat(p.credit()).isEqualTo(usd("11.00"));
        assertThat(p.charge()).isEqualTo(usd("22.00"));
        assertThat(p.net()).isEqualTo(usd("11.00"));
    }

    @Test
    void changingOnTheFirstDayCreditsEverything() {
        Proration p = ProrationCalculator.prorate(JANUARY, ZoneOffset.UTC, new PaidSegment(usd("25.00"),
                JANUARY.start()), usd("10.00"), at("2026-01-01T08:00:00Z"));

        assertThat(p.credit()).isEqualTo(usd("25.00"));
        assertThat(p.charge()).isEqualTo(usd("10.00"));
        assertThat(p.net()).isEqualTo(usd("-15.00"));
    }

    @Test
    void amountsRoundHalfEvenOnce() {
        // 10.00 * 1/31 = 0.32258...; 0.50 * 15 / 30 = 0.25 exactly; 0.05 * 15/30 = 0.025 -> 0.02
        BillingPeriod june = new BillingPeriod(at("2026-06-01T00:00:00Z"), at("2026-07-01T00:00:00Z"));
        Proration tiny = ProrationCalculator.prorate(june, ZoneOffset.UTC, new PaidSegment(usd("0.05"),
                june.start()), usd("0.05"), at("2026-06-16T00:00:00Z"));

        assertThat(tiny.unusedDays()).isEqualTo(15);
        assertThat(tiny.credit()).isEqualTo(usd("0.02"));
        assertThat(tiny.charge()).isEqualTo(usd("0.02"));
        Proration lastDay = ProrationCalculator.prorate(JANUARY, ZoneOffset.UTC, new PaidSegment(usd("10.00"),
                JANUARY.start()), usd("10.00"), at("2026-01-31T23:59:59Z"));
        assertThat(lastDay.credit()).isEqualTo(usd("0.32"));
    }

    @Test
    void aSecondChangeCreditsOnlyWhatTheFirstChargedForTheRest() {
        PaidSegment first = new PaidSegment(usd("31.00"), JANUARY.start());
        Proration upgrade = ProrationCalculator.prorate(JANUARY, ZoneOffset.UTC, first, usd("62.00"),
                at("2026-01-11T00:00:00Z"));
        PaidSegment second = new PaidSegment(upgrade.charge(), at("2026-01-11T00:00:00Z"));
        Proration downgrade = ProrationCalculator.prorate(JANUARY, ZoneOffset.UTC, second, usd("31.00"),
                at("2026-01-21T00:00:00Z"));

        assertThat(upgrade.charge()).isEqualTo(usd("42.00")); // 62 * 21/31
        assertThat(downgrade.segmentDays()).isEqualTo(21);
        assertThat(downgrade.credit()).isEqualTo(usd("22.00")); // 42 * 11/21
        assertThat(downgrade.credit()).isLessThanOrEqualTo(second.amount());
    }

    @Test
    void daysAreCountedInTheBillingTimeZone() {
        // Feb 2028 in California: 29 days; the change at 06:00 UTC on Feb 15 is still Feb 14 there.
        BillingPeriod february = new BillingPeriod(at("2028-02-01T08:00:00Z"), at("2028-03-01T08:00:00Z"));
        Proration p = ProrationCalculator.prorate(february, PACIFIC, new PaidSegment(usd("29.00"),
                february.start()), usd("58.00"), at("2028-02-15T06:00:00Z"));

        assertThat(p.periodDays()).isEqualTo(29);
        assertThat(p.changeDate()).isEqualTo(LocalDate.parse("2028-02-14"));
        assertThat(p.unusedDays()).isEqualTo(16);
        assertThat(p.credit()).isEqualTo(usd("16.00"));
    }

    @Test
    void aChangeOutsideThePeriodOrBeforeTheChargeIsRefused() {
        PaidSegment later = new PaidSegment(usd("10.00"), at("2026-01-15T00:00:00Z"));
        assertThatThrownBy(() -> ProrationCalculator.prorate(JANUARY, ZoneOffset.UTC, later, usd("10.00"),
                at("2026-01-10T00:00:00Z"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProrationCalculator.prorate(JANUARY, ZoneOffset.UTC, later, usd("10.00"),
                at("2026-02-01T00:00:00Z"))).isInstanceOf(IllegalArgumentException.class);
    }
}
