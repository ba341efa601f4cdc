package org.namc.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.data.TierBuilder.aTier;
import static org.namc.testing.inmemory.InMemoryPaymentGateway.VISA;

import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.namc.NamcPortal;
import org.namc.billing.BillingApi;
import org.namc.billing.PaymentOutcome;
import org.namc.billing.SetPaymentMethod;
import org.namc.billing.Subscribe;
import org.namc.billing.SubscriptionOutcome;
import org.namc.billing.SubscriptionView;
import org.namc.billing.BillingSettings;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.testing.data.MemberBuilder;

/** Edge dates through the portal: month ends, the turn of the year, leap days and the books' time zone. */
public abstract class BillingCalendarScenarios extends BillingScenarioSupport {

    private SubscriptionView renewAt(Instant at, SubscriptionView s) {
        clock.set(at);
        billing.runBilling(Actor.system());
        return billing.subscription(Actor.system(), s.id());
    }

    @Test
    void aSubscriptionStartedOnJanuaryThirtyFirstRenewsOnEachMonthsLastDay() {
        clock.set(Instant.parse("2026-01-31T18:00:00Z")); // 10:00 Pacific
        MemberId ana = memberPaying(VISA);
        SubscriptionView s = subscribed(ana, "GOLD");
        assertThat(s.currentPeriodEnd()).isEqualTo(Instant.parse("2026-02-28T18:00:00Z"));

        SubscriptionView march = renewAt(s.currentPeriodEnd(), s);
        SubscriptionView april = renewAt(march.currentPeriodEnd(), s);

        assertThat(march.currentPeriodEnd()).isEqualTo(Instant.parse("2026-03-31T17:00:00Z")); // daylight time
        assertThat(april.currentPeriodEnd()).isEqualTo(Instant.parse("2026-04-30T17:00:00Z"));
        assertThat(memberView(ana).membership().expiresAt()).isEqualTo(april.currentPeriodEnd());
        assertThat(invoicesOf(ana)).hasSize(3).allSatisfy(i -> assertThat(i.total()).isEqualTo(usd("25.00")));
    }

    @Test
    void newYearsEveInCaliforniaIsStillLastYearForTheBooks() {
        clock.set(Instant.parse("2027-01-01T07:30:00Z")); // Dec 31, 23:30 Pacific
        MemberId ana = memberPaying(VISA);
        SubscriptionView late = subscribed(ana, "GOLD");
        clock.set(Instant.parse("2027-01-01T08:00:00Z")); // Jan 1, 00:00 Pacific
        MemberId bo = memberPaying(VISA);
        subscribed(bo, "SILVER");

        renewAt(late.currentPeriodEnd(), late);

        assertThat(late.currentPeriodEnd()).isEqualTo(Instant.parse("2027-02-01T07:30:00Z")); // Jan 31, 23:30
        assertThat(invoicesOf(ana)).extracting(i -> i.number()).containsExactly("NAMC-2027-000002",
                "NAMC-2026-000001");
        assertThat(invoicesOf(bo)).extracting(i -> i.number()).containsExactly("NAMC-2027-000001");
    }

    @Test
    void aYearlySubscriptionFromALeapDayRenewsOnFebruaryTwentyEighth() {
        clock.set(Instant.parse("2028-02-29T18:00:00Z"));
        MemberId ana = memberPaying(VISA);
        SubscriptionOutcome outcome = billing.subscribe(Actor.member(ana), Subscribe.yearly(ana, "GOLD"));
        assertThat(((SubscriptionOutcome.Started) outcome).firstPayment()).isInstanceOf(PaymentOutcome.Succeeded.class);
        SubscriptionView s = outcome.subscription();

        SubscriptionView next = renewAt(s.currentPeriodEnd(), s);

        assertThat(s.currentPeriodEnd()).isEqualTo(Instant.parse("2029-02-28T18:00:00Z"));
        assertThat(next.currentPeriodEnd()).isEqualTo(Instant.parse("2030-02-28T18:00:00Z"));
        assertThat(invoicesOf(ana).get(0).number()).isEqualTo("NAMC-2029-000001");
        assertThat(invoicesOf(ana).get(0).total()).isEqualTo(usd("250.00"));
    }

    @Test
    void theBooksTimeZoneDecidesTheAnchorDay() {
        Instant lateJan30Pacific = Instant.parse("2026-01-31T07:30:00Z");
        clock.set(lateJan30Pacific);
        SubscriptionView pacific = subscribed(memberPaying(VISA), "GOLD");

        BillingFixture utcBooks = newBilling(NamcPortal.builder()
                .billingSettings(BillingSettings.defaults().withZone(ZoneOffset.UTC)), lateJan30Pacific);
        BillingApi utcBilling = utcBooks.portal().billing();
        aTier("GOLD").monthly("25.00").define(utcBilling);
        MemberId bo = MemberBuilder.aMember().registerVerified(utcBooks.portal().membership());
        utcBilling.setPaymentMethod(Actor.member(bo), new SetPaymentMethod(bo, VISA));
        SubscriptionView utc = utcBilling.subscribe(Actor.member(bo), Subscribe.monthly(bo, "GOLD")).subscription();

        // Jan 30 in California: its month ends on Feb 28, 23:30 there; Jan 31 in UTC ends on Feb 28, 07:30.
        assertThat(pacific.currentPeriodEnd()).isEqualTo(Instant.parse("2026-03-01T07:30:00Z"));
        assertThat(utc.currentPeriodEnd()).isEqualTo(Instant.parse("2026-02-28T07:30:00Z"));
    }
}
