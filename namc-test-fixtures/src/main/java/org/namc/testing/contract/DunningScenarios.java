package org.namc.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.data.TierBuilder.aTier;
import static org.namc.testing.inmemory.InMemoryPaymentGateway.VISA;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.namc.NamcPortal;
import org.namc.billing.BillingApi;
import org.namc.billing.BillingRunReport;
import org.namc.billing.ChangeSubscriptionTier;
import org.namc.billing.ChangeTiming;
import org.namc.billing.PayInvoice;
import org.namc.billing.PaymentOutcome;
import org.namc.billing.SetPaymentMethod;
import org.namc.billing.Subscribe;
import org.namc.billing.SubscriptionView;
import org.namc.billing.TierChangeOutcome;
import org.namc.billing.domain.BillingNotice;
import org.namc.billing.domain.DunningPolicy;
import org.namc.billing.domain.InvoiceStatus;
import org.namc.billing.domain.SubscriptionStatus;
import org.namc.billing.BillingSettings;
import org.namc.membership.domain.MembershipStatus;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.PageRequest;
import org.namc.testing.data.MemberBuilder;
import org.namc.testing.inmemory.InMemoryPaymentGateway;

/** Failed renewals: retries on schedule, a notice at each step, recovery, and what follows the last retry. */
public abstract class DunningScenarios extends BillingScenarioSupport {
    private static final String ANAS_CARD = "pm_card_ana";
    private static final Instant FEB_15 = Instant.parse("2026-02-15T17:00:00Z");

    /** Ana subscribes to GOLD with a card that works, which then starts being declined. */
    private SubscriptionView goldWithAFailingCard(MemberId ana) {
        gateway.accepts(ANAS_CARD);
        billing.setPaymentMethod(Actor.member(ana), new SetPaymentMethod(ana, ANAS_CARD));
        SubscriptionView gold = subscribed(ana, "GOLD");
        gateway.declines(ANAS_CARD, "insufficient_funds", "Your card has insufficient funds.");
        return gold;
    }

    private SubscriptionView runAt(Instant at, SubscriptionView s) {
        clock.set(at);
        billing.runBilling(Actor.system());
        return billing.subscription(Actor.system(), s.id());
    }

    @Test
    void aFailedRenewalIsRetriedOnScheduleAndRecoversWhenTheCardIsReplaced() {
        MemberId ana = member();
        SubscriptionView gold = goldWithAFailingCard(ana);

        SubscriptionView pastDue = runAt(FEB_15, gold);
        assertThat(pastDue.status()).isEqualTo(SubscriptionStatus.PAST_DUE);
        assertThat(pastDue.failedAttempts()).isEqualTo(1);
        assertThat(pastDue.nextActionAt()).isEqualTo(FEB_15.plus(Duration.ofDays(3)));
        assertThat(memberView(ana).status()).isEqualTo(MembershipStatus.GRACE);

        SubscriptionView again = runAt(pastDue.nextActionAt(), gold);
        assertThat(again.failedAttempts()).isEqualTo(2);
        assertThat(again.nextActionAt()).isEqualTo(FEB_15.plus(Duration.ofDays(8)));

        billing.setPaymentMethod(Actor.member(ana), new SetPaymentMethod(ana, VISA));
        SubscriptionView recovered = runAt(again.nextActionAt(), gold);

        assertThat(recovered.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(recovered.awaitingInvoice()).isNull();
        assertThat(memberView(ana).membership().expiresAt()).isEqualTo(recovered.currentPeriodEnd());
        assertThat(memberView(ana).status().isInGoodStanding()).isTrue();
        assertThat(billingFixture.notices().sentTo(ana)).hasSize(3).satisfies(notices -> {
            assertThat(notices.get(0)).isInstanceOfSatisfying(BillingNotice.PaymentFailed.class, n -> {
                assertThat(n.attempt()).isEqualTo(1);
                assertThat(n.nextAttemptAt()).isEqualTo(FEB_15.plus(Duration.ofDays(3)));
                assertThat(n.reason()).isEqualTo("Your card has insufficient funds.");
            });
            assertThat(notices.get(1)).isInstanceOfSatisfying(BillingNotice.PaymentFailed.class, n ->
                    assertThat(n.attempt()).isEqualTo(2));
            assertThat(notices.get(2)).isInstanceOf(BillingNotice.PaymentRecovered.class);
        });
        assertThat(billing.runBilling(Actor.system())).isEqualTo(BillingRunReport.nothing());
    }

    @Test
    void afterTheLastRetryTheSubscriptionIsUnpaidAndTheMembershipRunsOut() {
        MemberId ana = member();
        SubscriptionView s = goldWithAFailingCard(ana);
        SubscriptionView current = runAt(FEB_15, s);
        while (current.nextActionAt() != null) {
            current = runAt(current.nextActionAt(), s);
        }

        assertThat(current.status()).isEqualTo(SubscriptionStatus.UNPAID);
        assertThat(current.failedAttempts()).isEqualTo(DunningPolicy.standard().attempts());
        assertThat(clock.instant()).isEqualTo(FEB_15.plus(Duration.ofDays(15)));
        List<BillingNotice> notices = billingFixture.notices().sentTo(ana);
        assertThat(notices).hasSize(5);
        assertThat(notices.get(3)).isInstanceOfSatisfying(BillingNotice.PaymentFailed.class, n ->
                assertThat(n.nextAttemptAt()).isNull());
        assertThat(notices.get(4)).isInstanceOfSatisfying(BillingNotice.SubscriptionSuspended.class, n ->
                assertThat(n.status()).isEqualTo(SubscriptionStatus.UNPAID));
        assertThat(memberView(ana).status()).isEqualTo(MembershipStatus.GRACE);
        clock.set(FEB_15.plus(Duration.ofDays(30)));
        assertThat(memberView(ana).status()).isEqualTo(MembershipStatus.LAPSED);

        assertThat(billing.payInvoice(Actor.member(ana), new PayInvoice(current.awaitingInvoice(),
                InMemoryPaymentGateway.DECLINED))).isInstanceOf(PaymentOutcome.Declined.class);
        assertThat(billing.subscription(Actor.member(ana), s.id()).status()).isEqualTo(SubscriptionStatus.UNPAID);
        PaymentOutcome paidLate = billing.payInvoice(Actor.member(ana), new PayInvoice(current.awaitingInvoice(), VISA));
        assertThat(paidLate).isInstanceOf(PaymentOutcome.Succeeded.class);
        assertThat(billing.subscription(Actor.member(ana), s.id()).status()).isEqualTo(SubscriptionStatus.ACTIVE);
        billing.setPaymentMethod(Actor.member(ana), new SetPaymentMethod(ana, VISA));
        billing.runBilling(Actor.system());
        assertThat(memberView(ana).status().isInGoodStanding()).isTrue();
        assertThat(memberView(ana).membership().expiresAt()).isEqualTo(Instant.parse("2026-04-15T16:00:00Z"));
    }

    @Test
    void aCancellingPolicyEndsTheSubscriptionAndWritesTheInvoiceOff() {
        BillingFixture strict = newBilling(NamcPortal.builder().billingSettings(BillingSettings.defaults()
                .withDunning(new DunningPolicy(List.of(Duration.ofDays(2)), SubscriptionStatus.CANCELED))), START);
        BillingApi strictBilling = strict.portal().billing();
        aTier("GOLD").monthly("25.00").define(strictBilling);
        MemberId ana = MemberBuilder.aMember().registerVerified(strict.portal().membership());
        strict.gateway().accepts(ANAS_CARD);
        strictBilling.setPaymentMethod(Actor.member(ana), new SetPaymentMethod(ana, ANAS_CARD));
        SubscriptionView gold = strictBilling.subscribe(Actor.member(ana), Subscribe.monthly(ana, "GOLD"))
                .subscription();
        strict.gateway().declines(ANAS_CARD, "card_declined", "Your card was declined.");

        strict.clock().set(FEB_15);
        strictBilling.runBilling(Actor.system());
        strict.clock().set(FEB_15.plus(Duration.ofDays(2)));
        BillingRunReport last = strictBilling.runBilling(Actor.system());

        assertThat(last.suspended()).isEqualTo(1);
        SubscriptionView canceled = strictBilling.subscription(Actor.system(), gold.id());
        assertThat(canceled.status()).isEqualTo(SubscriptionStatus.CANCELED);
        assertThat(strictBilling.invoice(Actor.system(), canceled.awaitingInvoice()).status())
                .isEqualTo(InvoiceStatus.UNCOLLECTIBLE);
        // Nothing at the gateway bills on its own: every charge there is one of the portal's attempts.
        assertThat(strict.gateway().charges()).hasSize(strictBilling.paymentsOf(Actor.system(), ana,
                PageRequest.first(100)).items().size());
        assertThat(strict.notices().sentTo(ana)).last().isInstanceOfSatisfying(
                BillingNotice.SubscriptionSuspended.class, n -> assertThat(n.status())
                        .isEqualTo(SubscriptionStatus.CANCELED));
    }

    @Test
    void aDeclinedUpgradeMakesTheSubscriptionPastDue() {
        MemberId ana = member();
        SubscriptionView gold = goldWithAFailingCard(ana);
        clock.set(Instant.parse("2026-01-25T17:00:00Z"));

        var outcome = (TierChangeOutcome.Invoiced) billing.changeSubscriptionTier(Actor.member(ana),
                new ChangeSubscriptionTier(gold.id(), "PLATINUM", ChangeTiming.IMMEDIATELY));

        assertThat(outcome.settlement()).isInstanceOf(PaymentOutcome.Declined.class);
        assertThat(outcome.subscription().status()).isEqualTo(SubscriptionStatus.PAST_DUE);
        assertThat(outcome.subscription().nextActionAt()).isEqualTo(clock.instant().plus(Duration.ofDays(3)));
        assertThat(billingFixture.notices().sentTo(ana)).singleElement()
                .isInstanceOf(BillingNotice.PaymentFailed.class);
    }

    @Test
    void runningTheBillingAgainDoesNothingTwice() {
        MemberId ana = memberPaying(VISA);
        subscribed(ana, "GOLD");
        clock.set(FEB_15);

        BillingRunReport first = billing.runBilling(Actor.system());
        BillingRunReport second = billing.runBilling(Actor.system());

        assertThat(first.renewed()).isEqualTo(1);
        assertThat(second).isEqualTo(BillingRunReport.nothing());
        assertThat(invoicesOf(ana)).hasSize(2);
        assertThat(gateway.charges()).hasSize(2);
    }
}
