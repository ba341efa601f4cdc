package org.namc.billing;

/** How subscribing went. */
public sealed interface SubscriptionOutcome {

    SubscriptionView subscription();

    /** Trialing: nothing charged until the trial ends. */
    record Trialing(SubscriptionView subscription) implements SubscriptionOutcome {
    }

    /** Billing started; the subscription is ACTIVE when {@code firstPayment} succeeded, else INCOMPLETE. */
    record Started(SubscriptionView subscription, PaymentOutcome firstPayment) implements SubscriptionOutcome {
    }
}
