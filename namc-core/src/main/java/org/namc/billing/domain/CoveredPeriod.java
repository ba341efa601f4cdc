package org.namc.billing.domain;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.MemberId;

/**
 * A stretch of membership that something paid for (or a trial granted), at one tier. The
 * {@code source} key is unique: one payment covers at most one period, so a payment applied
 * twice covers nothing twice. A period is cut short when its payment is refunded in full or its
 * subscription is cancelled at once; it is never deleted.
 *
 * @param source {@code payment:<id>}, {@code invoice:<id>} (settled with nothing to pay) or
 *               {@code trial:<subscription id>}
 */
public record CoveredPeriod(String source, MemberId member, SubscriptionId subscription, String tier,
                            BillingPeriod period, @Nullable Instant cutOffAt) {
    public CoveredPeriod {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(subscription, "subscription");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(period, "period");
    }

    public static CoveredPeriod paidBy(PaymentId payment, MemberId member, SubscriptionId subscription, String tier,
                                       BillingPeriod period) {
        return new CoveredPeriod("payment:" + payment, member, subscription, tier, period, null);
    }

    public static CoveredPeriod settled(InvoiceId invoice, MemberId member, SubscriptionId subscription, String tier,
                                        BillingPeriod period) {
        return new CoveredPeriod("invoice:" + invoice, member, subscription, tier, period, null);
    }

    public static CoveredPeriod trial(MemberId member, SubscriptionId subscription, String tier, BillingPeriod trial) {
        return new CoveredPeriod(trialSource(subscription), member, subscription, tier, trial, null);
    }

    public static String trialSource(SubscriptionId subscription) {
        return "trial:" + subscription;
    }

    public static String sourceOf(PaymentId payment) {
        return "payment:" + payment;
    }

    /** Ends the period at {@code at} when that is before its end; the earliest cut stands. */
    public CoveredPeriod cutOff(Instant at) {
        if (!at.isBefore(effectiveEnd())) {
            return this;
        }
        return new CoveredPeriod(source, member, subscription, tier, period, at.isBefore(period.start())
                ? period.start() : at);
    }

    public CoveredPeriod withTier(String newTier) {
        return new CoveredPeriod(source, member, subscription, newTier, period, cutOffAt);
    }

    public Instant effectiveEnd() {
        return cutOffAt != null && cutOffAt.isBefore(period.end()) ? cutOffAt : period.end();
    }

    /** Whether any of it still counts (it was not cut off at its start). */
    public boolean counts() {
        return effectiveEnd().isAfter(period.start());
    }
}
