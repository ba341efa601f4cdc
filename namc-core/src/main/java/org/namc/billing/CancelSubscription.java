package org.namc.billing;

import jakarta.validation.constraints.NotNull;
import org.namc.billing.domain.SubscriptionId;

/**
 * Ends a subscription: at the end of the period already paid for, or at once (the membership
 * then ends now as well, and nothing is refunded).
 */
public record CancelSubscription(@NotNull SubscriptionId subscription, boolean atPeriodEnd) {
}
