package org.namc.billing;

import java.time.Instant;

/** How a change of tier went. */
public sealed interface TierChangeOutcome {

    SubscriptionView subscription();

    /** Takes effect with the next period, at {@code effectiveAt}. */
    record Scheduled(SubscriptionView subscription, Instant effectiveAt) implements TierChangeOutcome {
    }

    /** Changed during the trial: nothing to prorate. */
    record Switched(SubscriptionView subscription) implements TierChangeOutcome {
    }

    /** Changed now; {@code settlement} is how the proration invoice was collected or credited. */
    record Invoiced(SubscriptionView subscription, PaymentOutcome settlement) implements TierChangeOutcome {
    }
}
