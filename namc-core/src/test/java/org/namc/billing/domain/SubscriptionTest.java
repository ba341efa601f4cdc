package org.namc.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.billing.domain.BillingTestData.MEMBER;
import static org.namc.billing.domain.BillingTestData.PACIFIC;
import static org.namc.billing.domain.BillingTestData.at;
import static org.namc.billing.domain.BillingTestData.invoiceId;
import static org.namc.billing.domain.BillingTestData.subscriptionId;
import static org.namc.billing.domain.BillingTestData.usd;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.NamcException;

class SubscriptionTest {
    private static final Instant START = at("2026-01-15T17:00:00Z");
    private static final DunningPolicy DUNNING = DunningPolicy.standard();

    private static Subscription incomplete() {
        return Subscription.startPaid(subscriptionId(1), MEMBER, "GOLD", usd("25.00"), PACIFIC,
                BillingInterval.MONTHLY, invoiceId(1), START.plus(Duration.ofHours(23)), "cus_1", "sub_1", START);
    }

    private static Subscription active() {
        return incomplete().paid(invoiceId(1), START);
    }

    @Test
    void aPaidSubscriptionIsIncompleteUntilItsFirstInvoiceIsPaid() {
        Subscription s = incomplete();
        assertThat(s.status()).isEqualTo(SubscriptionStatus.INCOMPLETE);
        assertThat(s.nextActionAt()).isEqualTo(START.plus(Duration.ofHours(23)));
        assertThat(s.currentPeriod()).isEqualTo(new BillingPeriod(START, at("2026-02-15T17:00:00Z")));

        Subscription failed = s.paymentFailed(invoiceId(1), DUNNING, START);
        assertThat(failed.status()).isEqualTo(SubscriptionStatus.INCOMPLETE);
        assertThat(failed.paymentDue().failedAttempts()).isEqualTo(1);
        assertThat(failed.nextActionAt()).isEqualTo(START.plus(Duration.ofHours(23)));

        Subscription paid = failed.paid(invoiceId(1), START);
        assertThat(paid.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(paid.paymentDue()).isNull();
        assertThat(paid.nextActionAt()).isEqualTo(at("2026-02-15T17:00:00Z"));
        assertThat(s.expired(START).status()).isEqualTo(SubscriptionStatus.CANCELED);
    }

    @Test
    void aFailedRenewalRetriesOnScheduleThenEndsUnpaid() {
        Instant renewedAt = at("2026-02-15T17:00:00Z");
        Subscription renewed = active().renewed(usd("25.00"), invoiceId(2), renewedAt);
        assertThat(renewed.periodIndex()).isEqualTo(1);
        assertThat(renewed.nextActionAt()).isNull(); // collecting

        Subscription first = renewed.paymentFailed(invoiceId(2), DUNNING, renewedAt);
        assertThat(first.status()).isEqualTo(SubscriptionStatus.PAST_DUE);
        assertThat(first.nextActionAt()).isEqualTo(renewedAt.plus(Duration.ofDays(3)));
        Subscription second = first.paymentFailed(invoiceId(2), DUNNING, first.nextActionAt());
        assertThat(second.nextActionAt()).isEqualTo(renewedAt.plus(Duration.ofDays(8)));
        Subscription third = second.paymentFailed(invoiceId(2), DUNNING, second.nextActionAt());
        assertThat(third.nextActionAt()).isEqualTo(renewedAt.plus(Duration.ofDays(15)));
        Subscription last = third.paymentFailed(invoiceId(2), DUNNING, third.nextActionAt());

        assertThat(last.status()).isEqualTo(SubscriptionStatus.UNPAID);
        assertThat(last.paymentDue().failedAttempts()).isEqualTo(DUNNING.attempts());
        assertThat(last.nextActionAt()).isNull();
        assertThat(last.paid(invoiceId(2), at("2026-04-01T00:00:00Z")).status()).isEqualTo(SubscriptionStatus.ACTIVE);
    }

    @Test
    void aCancellingPolicyEndsTheSubscriptionAfterTheLastRetry() {
        DunningPolicy cancelAfterOne = new DunningPolicy(List.of(Duration.ofDays(2)), SubscriptionStatus.CANCELED);
        Instant at = at("2026-02-15T17:00:00Z");
        Subscription s = active().renewed(usd("25.00"), invoiceId(2), at)
                .paymentFailed(invoiceId(2), cancelAfterOne, at)
                .paymentFailed(invoiceId(2), cancelAfterOne, at.plus(Duration.ofDays(2)));

        assertThat(s.status()).isEqualTo(SubscriptionStatus.CANCELED);
        assertThat(s.endedAt()).isEqualTo(at.plus(Duration.ofDays(2)));
    }

    @Test
    void aPendingRetryWaitsForTheGateway() {
        Instant at = at("2026-02-15T17:00:00Z");
        Subscription pastDue = active().renewed(usd("25.00"), invoiceId(2), at).paymentFailed(invoiceId(2), DUNNING, at);
        Subscription waiting = pastDue.awaitingConfirmation(at.plus(Duration.ofDays(3)));

        assertThat(waiting.nextActionAt()).isNull();
        assertThat(waiting.paymentFailed(invoiceId(2), DUNNING, at.plus(Duration.ofDays(3))).nextActionAt())
                .isEqualTo(at.plus(Duration.ofDays(8)));
    }

    @Test
    void aTrialIsAnchoredAtItsEndAndRenewsIntoTheFirstPaidPeriod() {
        BillingPeriod trial = new BillingPeriod(START, at("2026-01-29T17:00:00Z"));
        Subscription s = Subscription.startTrial(subscriptionId(2), MEMBER, "GOLD", usd("25.00"), PACIFIC,
                BillingInterval.MONTHLY, trial, "cus_1", "sub_2", START);

        assertThat(s.isTrialing()).isTrue();
        assertThat(s.nextActionAt()).isEqualTo(trial.end());
        assertThat(s.nextPeriodIsFirst()).isTrue();
        Subscription converted = s.renewed(usd("25.00"), invoiceId(3), trial.end());
        assertThat(converted.periodIndex()).isZero();
        assertThat(converted.currentPeriod()).isEqualTo(new BillingPeriod(trial.end(), at("2026-02-28T17:00:00Z")));
        assertThat(s.trialEndedWithoutPaymentMethod(trial.end()).endedAt()).isEqualTo(trial.end());
    }

    @Test
    void changesOfTierNeedAnActiveSubscriptionWithNothingOutstanding() {
        Subscription s = active();
        Subscription scheduled = s.scheduled("PLATINUM", START);
        assertThat(scheduled.nextTier()).isEqualTo("PLATINUM");
        Subscription renewed = scheduled.renewed(usd("40.00"), invoiceId(2), at("2026-02-15T17:00:00Z"));
        assertThat(renewed.tier()).isEqualTo("PLATINUM");
        assertThat(renewed.scheduledTier()).isNull();

        Assertions.assertThatThrownBy(() -> incomplete().scheduled("PLATINUM", START))
                .isInstanceOfSatisfying(NamcException.class, e -> assertThat(e.reason())
                        .isEqualTo(BillingRefusal.SUBSCRIPTION_NOT_CHANGEABLE));
        Subscription changed = s.tierChanged("PLATINUM", usd("40.00"), new PaidSegment(usd("20.00"), START),
                invoiceId(4), START);
        Assertions.assertThatThrownBy(() -> changed.scheduled("SILVER", START))
                .isInstanceOf(NamcException.class);
    }

    @Test
    void cancellingAtPeriodEndEndsWithThePeriodAndCancellingNowEndsNow() {
        Subscription cancelling = active().cancelAtPeriodEnd(START);
        assertThat(cancelling.cancelAtPeriodEnd()).isTrue();
        assertThat(cancelling.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        Subscription ended = cancelling.ended(at("2026-02-15T17:00:00Z"));
        assertThat(ended.status()).isEqualTo(SubscriptionStatus.CANCELED);
        assertThat(ended.endedAt()).isEqualTo(at("2026-02-15T17:00:00Z"));
        assertThat(ended.nextActionAt()).isNull();

        Subscription now = active().canceledNow(at("2026-01-20T00:00:00Z"));
        assertThat(now.endedAt()).isEqualTo(at("2026-01-20T00:00:00Z"));
        Assertions.assertThatThrownBy(() -> now.canceledNow(START)).isInstanceOf(NamcException.class);
    }
}
