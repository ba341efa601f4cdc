package org.namc.billing.domain;

/**
 * A subscription's lifecycle, Stripe's states: INCOMPLETE (first payment outstanding) ->
 * ACTIVE; TRIALING -> ACTIVE; ACTIVE -> PAST_DUE (a renewal failed, retries run) ->
 * ACTIVE | UNPAID | CANCELED; UNPAID -> ACTIVE when its invoice is paid. CANCELED is final.
 */
public enum SubscriptionStatus {
    INCOMPLETE,
    TRIALING,
    ACTIVE,
    PAST_DUE,
    UNPAID,
    CANCELED;

    /** Whether it still counts as the member's subscription (they cannot start another). */
    public boolean isLive() {
        return this != CANCELED;
    }
}
