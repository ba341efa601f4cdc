package org.namc.billing.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.NamcException;

/**
 * A member's recurring membership at a tier. Periods follow its {@link BillingCycle}: anchored
 * at the first paid period's start (the trial's end when there is one). Transitions follow
 * {@link SubscriptionStatus}; each returns a new instance. {@link #nextActionAt()} is when the
 * billing run must look at it next (renew, retry, end the trial, give up), stored so that a
 * database can index it.
 */
public final class Subscription {
    private static final long TRIAL = -1;

    private final SubscriptionId id;
    private final MemberId member;
    private final String tier;
    private final Money unitAmount;
    private final BillingCycle cycle;
    private final SubscriptionStatus status;
    private final long periodIndex;
    private final BillingPeriod currentPeriod;
    private final @Nullable PaidSegment currentCharge;
    private final @Nullable BillingPeriod trial;
    private final boolean cancelAtPeriodEnd;
    private final @Nullable Instant canceledAt;
    private final @Nullable Instant endedAt;
    private final @Nullable String scheduledTier;
    private final @Nullable PaymentDue paymentDue;
    private final String gatewayCustomerId;
    private final @Nullable String gatewaySubscriptionId;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final long version;

    private Subscription(SubscriptionId id, MemberId member, String tier, Money unitAmount, BillingCycle cycle,
                         SubscriptionStatus status, long periodIndex, BillingPeriod currentPeriod,
                         @Nullable PaidSegment currentCharge, @Nullable BillingPeriod trial, boolean cancelAtPeriodEnd,
                         @Nullable Instant canceledAt, @Nullable Instant endedAt, @Nullable String scheduledTier,
                         @Nullable PaymentDue paymentDue, String gatewayCustomerId,
                         @Nullable String gatewaySubscriptionId, Instant createdAt, Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.member = Objects.requireNonNull(member, "member");
        this.tier = Objects.requireNonNull(tier, "tier");
        this.unitAmount = Objects.requireNonNull(unitAmount, "unitAmount");
        this.cycle = Objects.requireNonNull(cycle, "cycle");
        this.status = Objects.requireNonNull(status, "status");
        this.periodIndex = periodIndex;
        this.currentPeriod = Objects.requireNonNull(currentPeriod, "currentPeriod");
        this.currentCharge = currentCharge;
        this.trial = trial;
        this.cancelAtPeriodEnd = cancelAtPeriodEnd;
        this.canceledAt = canceledAt;
        this.endedAt = endedAt;
        this.scheduledTier = scheduledTier;
        this.paymentDue = paymentDue;
        this.gatewayCustomerId = Objects.requireNonNull(gatewayCustomerId, "gatewayCustomerId");
        this.gatewaySubscriptionId = gatewaySubscriptionId;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.version = version;
        if ((periodIndex == TRIAL) != (currentCharge == null) || (periodIndex == TRIAL && trial == null)) {
            throw new IllegalArgumentException("a trial has no charge; every paid period has one");
        }
        if ((status == SubscriptionStatus.CANCELED) != (endedAt != null)) {
            throw new IllegalArgumentException("exactly a canceled subscription has ended");
        }
    }

    /** Starts with a free trial over {@code trialPeriod}; billing is anchored at the trial's end. */
    public static Subscription startTrial(SubscriptionId id, MemberId member, String tier, Money price, ZoneId zone,
                                          BillingInterval interval, BillingPeriod trialPeriod, String customer,
                                          @Nullable String gatewaySubscription, Instant now) {
        return new Subscription(id, member, tier, price, new BillingCycle(trialPeriod.end(), zone, interval),
                SubscriptionStatus.TRIALING, TRIAL, trialPeriod, null, trialPeriod, false, null, null, null, null,
                customer, gatewaySubscription, now, now, 0);
    }

    /** Starts billing at once: INCOMPLETE until {@code firstInvoice} is paid, given up at {@code giveUpAt}. */
    public static Subscription startPaid(SubscriptionId id, MemberId member, String tier, Money price, ZoneId zone,
                                         BillingInterval interval, InvoiceId firstInvoice, Instant giveUpAt,
                                         String customer, @Nullable String gatewaySubscription, Instant now) {
        BillingCycle cycle = new BillingCycle(now, zone, interval);
        BillingPeriod first = cycle.period(0);
        return new Subscription(id, member, tier, price, cycle, SubscriptionStatus.INCOMPLETE, 0, first,
                new PaidSegment(price, first.start()), null, false, null, null, null,
                new PaymentDue(firstInvoice, 0, giveUpAt, false), customer, gatewaySubscription, now, now, 0);
    }

    /** Rebuilds a stored subscription; for adapters only. */
    public static Subscription restore(SubscriptionId id, MemberId member, String tier, Money unitAmount,
                                       BillingCycle cycle, SubscriptionStatus status, long periodIndex,
                                       BillingPeriod currentPeriod, @Nullable PaidSegment currentCharge,
                                       @Nullable BillingPeriod trial, boolean cancelAtPeriodEnd,
                                       @Nullable Instant canceledAt, @Nullable Instant endedAt,
                                       @Nullable String scheduledTier, @Nullable PaymentDue paymentDue,
                                       String gatewayCustomerId, @Nullable String gatewaySubscriptionId,
                                       Instant createdAt, Instant updatedAt, long version) {
        return new Subscription(id, member, tier, unitAmount, cycle, status, periodIndex, currentPeriod,
                currentCharge, trial, cancelAtPeriodEnd, canceledAt, endedAt, scheduledTier, paymentDue,
                gatewayCustomerId, gatewaySubscriptionId, createdAt, updatedAt, version);
    }

    // ---- what the billing run does ----

    /** When the billing run must act on it next; {@code null} when only a member or staff can move it. */
    public @Nullable Instant nextActionAt() {
        return switch (status) {
            case TRIALING, ACTIVE -> paymentDue == null ? currentPeriod.end() : null;
            case INCOMPLETE, PAST_DUE -> paymentDue == null || paymentDue.confirming() ? null
                    : paymentDue.nextActionAt();
            case UNPAID, CANCELED -> null;
        };
    }

    /** The period after the current one (the first paid one after a trial). */
    public BillingPeriod nextPeriod() {
        return cycle.period(periodIndex + 1);
    }

    /** The tier the next period bills at: a deferred change applies here. */
    public String nextTier() {
        return scheduledTier != null ? scheduledTier : tier;
    }

    /** Whether the next period is the first paid one (it carries the tier's setup fee). */
    public boolean nextPeriodIsFirst() {
        return periodIndex + 1 == 0;
    }

    /** Moves into the next period at {@code price}, waiting for {@code invoice} to be paid. */
    public Subscription renewed(Money price, InvoiceId invoice, Instant now) {
        require(status == SubscriptionStatus.ACTIVE || status == SubscriptionStatus.TRIALING,
                BillingRefusal.SUBSCRIPTION_NOT_RENEWABLE, "only an active or trialing subscription renews");
        require(paymentDue == null, BillingRefusal.SUBSCRIPTION_NOT_RENEWABLE, "the previous invoice is still being collected");
        BillingPeriod next = nextPeriod();
        return new Subscription(id, member, nextTier(), price, cycle, SubscriptionStatus.ACTIVE, periodIndex + 1, next,
                new PaidSegment(price, next.start()), trial, false, canceledAt, null, null,
                PaymentDue.awaiting(invoice), gatewayCustomerId, gatewaySubscriptionId, createdAt, now, version);
    }

    /** The invoice it waited for is paid: back to (or on to) ACTIVE. */
    public Subscription paid(InvoiceId invoice, Instant now) {
        if (paymentDue == null || !paymentDue.invoice().equals(invoice) || status == SubscriptionStatus.CANCELED) {
            return this;
        }
        return with(SubscriptionStatus.ACTIVE, null, endedAt, canceledAt, now);
    }

    /**
     * Collecting {@code invoice} failed. A first payment, or an unpaid subscription's invoice,
     * just counts the failure; a renewal or a change goes PAST_DUE with the next retry scheduled,
     * or to the policy's final status once the retries are spent.
     */
    public Subscription paymentFailed(InvoiceId invoice, DunningPolicy policy, Instant now) {
        require(paymentDue != null && paymentDue.invoice().equals(invoice), BillingRefusal.SUBSCRIPTION_NOT_COLLECTING,
                "the subscription is not collecting "
                + invoice);
        if (status == SubscriptionStatus.INCOMPLETE) {
            return with(status, paymentDue.failedOnce(paymentDue.nextActionAt()), endedAt, canceledAt, now);
        }
        if (status == SubscriptionStatus.UNPAID) {
            return with(status, paymentDue.failedOnce(null), endedAt, canceledAt, now); // no more retries
        }
        require(status == SubscriptionStatus.ACTIVE || status == SubscriptionStatus.PAST_DUE,
                BillingRefusal.SUBSCRIPTION_NOT_COLLECTING, "a " + status + " subscription is not being collected");
        PaymentDue failed = paymentDue.failedOnce(policy.nextRetry(paymentDue.failedAttempts() + 1, now));
        if (failed.nextActionAt() != null) {
            return with(SubscriptionStatus.PAST_DUE, failed, endedAt, canceledAt, now);
        }
        return policy.finalStatus() == SubscriptionStatus.CANCELED
                ? with(SubscriptionStatus.CANCELED, failed, now, now, now)
                : with(SubscriptionStatus.UNPAID, failed, endedAt, canceledAt, now);
    }

    /** A retry is under way and the gateway will confirm it: nothing to do until then. */
    public Subscription awaitingConfirmation(Instant now) {
        require(paymentDue != null, BillingRefusal.SUBSCRIPTION_NOT_COLLECTING, "nothing is being collected");
        return with(status, paymentDue.awaitingConfirmation(), endedAt, canceledAt, now);
    }

    // ---- changes of tier ----

    /** Changes tier at once; {@code invoice} settles the proration, {@code charge} is what it charges the new tier. */
    public Subscription tierChanged(String newTier, Money newPrice, PaidSegment charge, InvoiceId invoice,
                                    Instant now) {
        requireChangeable();
        require(status == SubscriptionStatus.ACTIVE, BillingRefusal.SUBSCRIPTION_NOT_CHANGEABLE, "only an active subscription changes tier mid-period");
        return new Subscription(id, member, newTier, newPrice, cycle, status, periodIndex, currentPeriod, charge,
                trial, cancelAtPeriodEnd, canceledAt, endedAt, null, PaymentDue.awaiting(invoice), gatewayCustomerId,
                gatewaySubscriptionId, createdAt, now, version);
    }

    /** Changes tier during the trial: nothing is charged for a trial. */
    public Subscription trialTierChanged(String newTier, Money newPrice, Instant now) {
        require(status == SubscriptionStatus.TRIALING, BillingRefusal.SUBSCRIPTION_NOT_TRIALING, "only a trialing subscription changes tier for free");
        return new Subscription(id, member, newTier, newPrice, cycle, status, periodIndex, currentPeriod,
                currentCharge, trial, cancelAtPeriodEnd, canceledAt, endedAt, null, paymentDue, gatewayCustomerId,
                gatewaySubscriptionId, createdAt, now, version);
    }

    /** Defers a change of tier to the end of the current period. */
    public Subscription scheduled(String newTier, Instant now) {
        requireChangeable();
        return new Subscription(id, member, tier, unitAmount, cycle, status, periodIndex, currentPeriod,
                currentCharge, trial, cancelAtPeriodEnd, canceledAt, endedAt, newTier.equals(tier) ? null : newTier,
                paymentDue, gatewayCustomerId, gatewaySubscriptionId, createdAt, now, version);
    }

    private void requireChangeable() {
        require(status == SubscriptionStatus.ACTIVE || status == SubscriptionStatus.TRIALING,
                BillingRefusal.SUBSCRIPTION_NOT_CHANGEABLE, "only an active or trialing subscription changes tier, this one is " + status);
        require(paymentDue == null, BillingRefusal.SUBSCRIPTION_NOT_CHANGEABLE, "settle the open invoice before changing tier");
        require(!cancelAtPeriodEnd, BillingRefusal.SUBSCRIPTION_NOT_CHANGEABLE, "the subscription is set to end with this period");
    }

    // ---- endings ----

    public Subscription cancelAtPeriodEnd(Instant now) {
        require(status == SubscriptionStatus.ACTIVE || status == SubscriptionStatus.TRIALING
                || status == SubscriptionStatus.PAST_DUE, BillingRefusal.SUBSCRIPTION_ENDED, "a " + status + " subscription cannot be set to end later");
        return new Subscription(id, member, tier, unitAmount, cycle, status, periodIndex, currentPeriod,
                currentCharge, trial, true, now, endedAt, null, paymentDue, gatewayCustomerId, gatewaySubscriptionId,
                createdAt, now, version);
    }

    public Subscription canceledNow(Instant now) {
        require(status.isLive(), BillingRefusal.SUBSCRIPTION_ENDED, "the subscription has already ended");
        return with(SubscriptionStatus.CANCELED, null, now, now, now);
    }

    /** The period it was set to end with is over. */
    public Subscription ended(Instant now) {
        require(cancelAtPeriodEnd && status.isLive(), BillingRefusal.SUBSCRIPTION_NOT_ENDING, "the subscription is not set to end");
        return with(SubscriptionStatus.CANCELED, null, currentPeriod.end(), canceledAt, now);
    }

    /** The first payment never came: the subscription ends without having started. */
    public Subscription expired(Instant now) {
        require(status == SubscriptionStatus.INCOMPLETE, BillingRefusal.SUBSCRIPTION_NOT_INCOMPLETE, "only an incomplete subscription expires");
        return with(SubscriptionStatus.CANCELED, null, now, now, now);
    }

    /** The trial ran out with no payment method on file: it ends with the trial. */
    public Subscription trialEndedWithoutPaymentMethod(Instant now) {
        require(status == SubscriptionStatus.TRIALING, BillingRefusal.SUBSCRIPTION_NOT_TRIALING, "the subscription is not trialing");
        return with(SubscriptionStatus.CANCELED, null, currentPeriod.end(), now, now);
    }

    private Subscription with(SubscriptionStatus newStatus, @Nullable PaymentDue due, @Nullable Instant ended,
                              @Nullable Instant canceled, Instant now) {
        return new Subscription(id, member, tier, unitAmount, cycle, newStatus, periodIndex, currentPeriod,
                currentCharge, trial, cancelAtPeriodEnd, canceled, ended, scheduledTier, due, gatewayCustomerId,
                gatewaySubscriptionId, createdAt, now, version);
    }

    private static void require(boolean ok, BillingRefusal reason, String message) {
        if (!ok) {
            throw NamcException.refused(reason, message);
        }
    }

    public Subscription atVersion(long storedVersion) {
        return new Subscription(id, member, tier, unitAmount, cycle, status, periodIndex, currentPeriod,
                currentCharge, trial, cancelAtPeriodEnd, canceledAt, endedAt, scheduledTier, paymentDue,
                gatewayCustomerId, gatewaySubscriptionId, createdAt, updatedAt, storedVersion);
    }

    public boolean isTrialing() {
        return periodIndex == TRIAL;
    }

    public SubscriptionId id() {
        return id;
    }

    public MemberId member() {
        return member;
    }

    public String tier() {
        return tier;
    }

    /** The price of one period at the current tier. */
    public Money unitAmount() {
        return unitAmount;
    }

    public BillingCycle cycle() {
        return cycle;
    }

    public BillingInterval interval() {
        return cycle.interval();
    }

    public SubscriptionStatus status() {
        return status;
    }

    /** 0 for the first paid period, -1 during the trial. */
    public long periodIndex() {
        return periodIndex;
    }

    public BillingPeriod currentPeriod() {
        return currentPeriod;
    }

    public @Nullable PaidSegment currentCharge() {
        return currentCharge;
    }

    public @Nullable BillingPeriod trial() {
        return trial;
    }

    public boolean cancelAtPeriodEnd() {
        return cancelAtPeriodEnd;
    }

    public @Nullable Instant canceledAt() {
        return canceledAt;
    }

    public @Nullable Instant endedAt() {
        return endedAt;
    }

    public @Nullable String scheduledTier() {
        return scheduledTier;
    }

    public @Nullable PaymentDue paymentDue() {
        return paymentDue;
    }

    public String gatewayCustomerId() {
        return gatewayCustomerId;
    }

    /**
     * The processor's subscription this one mirrored, for subscriptions recorded before the portal
     * stopped mirroring them; null for every new one (the portal alone bills, so nothing at the
     * gateway charges on its own).
     */
    public @Nullable String gatewaySubscriptionId() {
        return gatewaySubscriptionId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Subscription other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Subscription[" + id + ", " + tier + " " + cycle.interval() + ", " + status + "]";
    }
}
