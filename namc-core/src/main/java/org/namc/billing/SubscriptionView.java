package org.namc.billing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.namc.billing.domain.BillingInterval;
import org.namc.billing.domain.InvoiceId;
import org.namc.billing.domain.SubscriptionId;
import org.namc.billing.domain.SubscriptionStatus;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;

/**
 * A subscription as its member sees it. {@code awaitingInvoice} is the invoice being collected,
 * {@code failedAttempts} how often that failed, {@code nextActionAt} when billing acts on it next.
 */
public record SubscriptionView(SubscriptionId id, MemberId member, String tier, BillingInterval interval,
                               SubscriptionStatus status, Money unitAmount, Instant currentPeriodStart,
                               Instant currentPeriodEnd, Instant billingCycleAnchor, @Nullable Instant trialEnd,
                               boolean cancelAtPeriodEnd, @Nullable Instant canceledAt, @Nullable Instant endedAt,
                               @Nullable String scheduledTier, @Nullable InvoiceId awaitingInvoice, int failedAttempts,
                               @Nullable Instant nextActionAt) {
}
