package org.namc.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.billing.domain.BillingTestData.PACIFIC;
import static org.namc.billing.domain.BillingTestData.at;

import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Edge dates: month ends, leap days, the turn of the year, time zones and daylight saving. */
class BillingCycleTest {

    @Test
    void aMonthEndAnchorStaysOnEachMonthsLastDayWithoutDrifting() {
        BillingCycle cycle = new BillingCycle(at("2026-01-31T17:00:00Z"), ZoneOffset.UTC, BillingInterval.MONTHLY);

        assertThat(cycle.period(0).end()).isEqualTo(at("2026-02-28T17:00:00Z"));
        assertThat(cycle.period(1).end()).isEqualTo(at("2026-03-31T17:00:00Z"));
        assertThat(cycle.period(2).end()).isEqualTo(at("2026-04-30T17:00:00Z"));
        assertThat(cycle.period(3).end()).isEqualTo(at("2026-05-31T17:00:00Z"));
    }

    @Test
    void januaryThirtyFirstRenewsOnFebruaryTwentyNinthInALeapYear() {
        BillingCycle cycle = new BillingCycle(at("2028-01-31T12:00:00Z"), ZoneOffset.UTC, BillingInterval.MONTHLY);

        assertThat(cycle.period(0).end()).isEqualTo(at("2028-02-29T12:00:00Z"));
        assertThat(cycle.period(0).days(ZoneOffset.UTC)).isEqualTo(29);
        assertThat(cycle.period(1).days(ZoneOffset.UTC)).isEqualTo(31);
    }

    @Test
    void aLeapDayYearlyAnchorFallsOnFebruaryTwentyEighthThenReturns() {
        BillingCycle cycle = new BillingCycle(at("2028-02-29T10:00:00Z"), ZoneOffset.UTC, BillingInterval.YEARLY);

        assertThat(cycle.period(0).end()).isEqualTo(at("2029-02-28T10:00:00Z"));
        assertThat(cycle.period(2).end()).isEqualTo(at("2031-02-28T10:00:00Z"));
        assertThat(cycle.period(3).end()).isEqualTo(at("2032-02-29T10:00:00Z"));
        assertThat(cycle.period(0).days(ZoneOffset.UTC)).isEqualTo(365);
        assertThat(cycle.period(3).days(ZoneOffset.UTC)).isEqualTo(366);
    }

    @Test
    void decemberThirtyFirstRenewsIntoTheNewYear() {
        BillingCycle monthly = new BillingCycle(at("2026-12-31T23:30:00Z"), ZoneOffset.UTC, BillingInterval.MONTHLY);
        BillingCycle yearly = new BillingCycle(at("2026-12-31T23:30:00Z"), ZoneOffset.UTC, BillingInterval.YEARLY);

        assertThat(monthly.period(0).end()).isEqualTo(at("2027-01-31T23:30:00Z"));
        assertThat(monthly.period(1).end()).isEqualTo(at("2027-02-28T23:30:00Z"));
        assertThat(yearly.period(0).end()).isEqualTo(at("2027-12-31T23:30:00Z"));
    }

    @Test
    void periodsAreCountedInTheBillingTimeZone() {
        // 07:30 UTC on Jan 31 is 23:30 on Jan 30 in California: the anchor day is the 30th there.
        BillingCycle cycle = new BillingCycle(at("2026-01-31T07:30:00Z"), PACIFIC, BillingInterval.MONTHLY);

        assertThat(cycle.period(0).startDate(PACIFIC)).hasDayOfMonth(30);
        assertThat(cycle.period(0).end()).isEqualTo(at("2026-03-01T07:30:00Z")); // Feb 28, 23:30 PST
        assertThat(cycle.period(1).end()).isEqualTo(at("2026-03-31T06:30:00Z")); // Mar 30, 23:30 PDT
        assertThat(cycle.period(0).days(PACIFIC)).isEqualTo(29);
        assertThat(cycle.period(0).days(ZoneOffset.UTC)).isEqualTo(29);
    }

    @Test
    void theLocalTimeOfDayIsKeptAcrossDaylightSaving() {
        BillingCycle cycle = new BillingCycle(at("2026-02-15T17:00:00Z"), PACIFIC, BillingInterval.MONTHLY);

        assertThat(cycle.period(0).end()).isEqualTo(at("2026-03-15T16:00:00Z")); // 09:00 PDT
        assertThat(cycle.period(8).end()).isEqualTo(at("2026-11-15T17:00:00Z")); // 09:00 PST again
    }

    @Test
    void periodsFollowEachOtherWithoutGapOrOverlap() {
        BillingCycle cycle = new BillingCycle(at("2026-01-31T07:30:00Z"), PACIFIC, BillingInterval.MONTHLY);
        for (int i = 0; i < 48; i++) {
            assertThat(cycle.period(i).end()).isEqualTo(cycle.period(i + 1).start());
        }
    }
}
