package org.namc.persistence.jpa.billing;

import static org.namc.persistence.jpa.billing.MoneyColumns.amount;
import static org.namc.persistence.jpa.billing.MoneyColumns.money;

import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.namc.billing.domain.BillingCycle;
import org.namc.billing.domain.BillingPeriod;
import org.namc.billing.domain.InvoiceId;
import org.namc.billing.domain.PaidSegment;
import org.namc.billing.domain.PaymentDue;
import org.namc.billing.domain.Subscription;
import org.namc.billing.domain.SubscriptionId;
import org.namc.shared.domain.MemberId;

/** Copies between the core's {@link Subscription} and its {@code subscriptions} row. */
final class SubscriptionMapper {
    private SubscriptionMapper() {
    }

    static SubscriptionJpaEntity newEntity(Subscription subscription) {
        SubscriptionJpaEntity entity = new SubscriptionJpaEntity(subscription.id().value(),
                subscription.member().value(), subscription.createdAt());
        BillingCycle cycle = subscription.cycle();
        entity.billingCycleAnchor = cycle.anchor();
        entity.billingInterval = cycle.interval();
        entity.billingTimeZone = cycle.zone().getId();
        entity.gatewayCustomerId = subscription.gatewayCustomerId();
        entity.gatewaySubscriptionId = subscription.gatewaySubscriptionId();
        BillingPeriod trial = subscription.trial();
        entity.trialStart = trial == null ? null : trial.start();
        entity.trialEnd = trial == null ? null : trial.end();
        return entity;
    }

    /** What may change after the subscription started. */
    static void copyInto(Subscription subscription, SubscriptionJpaEntity entity) {
        entity.tier = subscription.tier();
        entity.unitAmount = amount(subscription.unitAmount());
        entity.currency = subscription.unitAmount().currency().getCurrencyCode();
        entity.status = subscription.status();
        entity.periodIndex = subscription.periodIndex();
        entity.currentPeriodStart = subscription.currentPeriod().start();
        entity.currentPeriodEnd = subscription.currentPeriod().end();
        PaidSegment charge = subscription.currentCharge();
        entity.currentChargeAmount = charge == null ? null : amount(charge.amount());
        entity.currentChargeFrom = charge == null ? null : charge.from();
        entity.cancelAtPeriodEnd = subscription.cancelAtPeriodEnd();
        entity.canceledAt = subscription.canceledAt();
        entity.endedAt = subscription.endedAt();
        entity.scheduledTier = subscription.scheduledTier();
        PaymentDue due = subscription.paymentDue();
        entity.paymentDueInvoiceId = due == null ? null : due.invoice().value();
        entity.paymentFailedAttempts = due == null ? 0 : due.failedAttempts();
        entity.paymentNextActionAt = due == null ? null : due.nextActionAt();
        entity.paymentConfirming = due != null && due.confirming();
        entity.nextActionAt = subscription.nextActionAt();
        entity.updatedAt = subscription.updatedAt();
    }

    static Subscription toDomain(SubscriptionJpaEntity entity) {
        BillingCycle cycle = new BillingCycle(entity.billingCycleAnchor, ZoneId.of(entity.billingTimeZone),
                entity.billingInterval);
        PaidSegment charge = entity.currentChargeAmount == null || entity.currentChargeFrom == null ? null
                : new PaidSegment(money(entity.currentChargeAmount, entity.currency), entity.currentChargeFrom);
        BillingPeriod trial = entity.trialStart == null || entity.trialEnd == null ? null
                : new BillingPeriod(entity.trialStart, entity.trialEnd);
        return Subscription.restore(new SubscriptionId(entity.id), new MemberId(entity.userId), entity.tier,
                money(entity.unitAmount, entity.currency), cycle, entity.status, entity.periodIndex,
                new BillingPeriod(entity.currentPeriodStart, entity.currentPeriodEnd), charge, trial,
                entity.cancelAtPeriodEnd, entity.canceledAt, entity.endedAt, entity.scheduledTier, paymentDue(entity),
                entity.gatewayCustomerId, entity.gatewaySubscriptionId, entity.createdAt, entity.updatedAt,
                entity.version);
    }

    private static @Nullable PaymentDue paymentDue(SubscriptionJpaEntity entity) {
        return entity.paymentDueInvoiceId == null ? null : new PaymentDue(new InvoiceId(entity.paymentDueInvoiceId),
                entity.paymentFailedAttempts, entity.paymentNextActionAt, entity.paymentConfirming);
    }
}
