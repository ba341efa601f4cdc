package org.namc.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.billing.domain.BillingTestData.MEMBER;
import static org.namc.billing.domain.BillingTestData.at;
import static org.namc.billing.domain.BillingTestData.invoiceId;
import static org.namc.billing.domain.BillingTestData.paymentId;
import static org.namc.billing.domain.BillingTestData.subscriptionId;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.namc.membership.domain.MemberType;
import org.namc.membership.domain.Membership;

class MembershipStandingTest {
    private static final Membership VERIFIED = new Membership(MemberType.REGULAR, null, at("2026-01-01T00:00:00Z"),
            at("2027-01-01T00:00:00Z"), null);
    private static final BillingPeriod JANUARY = new BillingPeriod(at("2026-01-15T00:00:00Z"),
            at("2026-02-15T00:00:00Z"));
    private static final BillingPeriod FEBRUARY = new BillingPeriod(at("2026-02-15T00:00:00Z"),
            at("2026-03-15T00:00:00Z"));

    private static CoveredPeriod paid(long payment, String tier, BillingPeriod period) {
        return CoveredPeriod.paidBy(paymentId(payment), MEMBER, subscriptionId(1), tier, period);
    }

    @Test
    void theMembershipRunsToTheEndOfTheLatestCoveredPeriodAtItsTier() {
        Membership m = MembershipStanding.apply(VERIFIED, List.of(paid(1, "SILVER", JANUARY), paid(2, "GOLD", FEBRUARY)));

        assertThat(m.expiresAt()).isEqualTo(FEBRUARY.end());
        assertThat(m.tier()).isEqualTo("GOLD");
        assertThat(m.memberSince()).isEqualTo(VERIFIED.memberSince());
        assertThat(m.type()).isEqualTo(MemberType.REGULAR);
    }

    @Test
    void withoutAnyCoveredPeriodTheMembershipIsLeftAlone() {
        assertThat(MembershipStanding.apply(VERIFIED, List.of())).isSameAs(VERIFIED);
        assertThat(MembershipStanding.paidThrough(List.of())).isEmpty();
    }

    @Test
    void aCutOffPeriodEndsWhereItWasCutAndStopsGivingItsTier() {
        CoveredPeriod refunded = paid(2, "GOLD", FEBRUARY).cutOff(at("2026-02-20T00:00:00Z"));
        CoveredPeriod voided = paid(3, "PLATINUM", FEBRUARY).cutOff(at("2026-01-01T00:00:00Z"));

        Membership m = MembershipStanding.apply(VERIFIED, List.of(paid(1, "SILVER", JANUARY), refunded, voided));

        assertThat(m.expiresAt()).isEqualTo(at("2026-02-20T00:00:00Z"));
        assertThat(m.tier()).isEqualTo("GOLD");
        assertThat(voided.counts()).isFalse();
        assertThat(refunded.cutOff(at("2026-03-01T00:00:00Z"))).isEqualTo(refunded);
    }

    @Test
    void applyingTheSamePeriodsAgainChangesNothing() {
        List<CoveredPeriod> periods = List.of(paid(1, "SILVER", JANUARY),
                CoveredPeriod.settled(invoiceId(9), MEMBER, subscriptionId(1), "SILVER", FEBRUARY));
        Membership once = MembershipStanding.apply(VERIFIED, periods);

        assertThat(MembershipStanding.apply(once, periods)).isEqualTo(once);
    }

    @Test
    void payingAfterACancellationLiftsIt() {
        Membership cancelled = VERIFIED.cancelledAt(at("2026-02-01T00:00:00Z"));

        assertThat(MembershipStanding.apply(cancelled, List.of(paid(1, "SILVER", JANUARY))).cancelledAt())
                .isEqualTo(at("2026-02-01T00:00:00Z"));
        assertThat(MembershipStanding.apply(cancelled, List.of(paid(2, "SILVER", FEBRUARY))).cancelledAt()).isNull();
    }

    @Test
    void sourcesKeyPeriodsByWhatPaidForThem() {
        assertThat(paid(1, "GOLD", JANUARY).source()).isEqualTo(CoveredPeriod.sourceOf(paymentId(1)));
        assertThat(CoveredPeriod.trial(MEMBER, subscriptionId(7), "GOLD", JANUARY).source())
                .isEqualTo(CoveredPeriod.trialSource(subscriptionId(7)));
    }
}
