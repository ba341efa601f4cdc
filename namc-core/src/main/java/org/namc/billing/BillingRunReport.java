package org.namc.billing;

/**
 * What one billing run did: periods renewed (trials converted included), trials ended for want
 * of a payment method, failed payments retried, subscriptions suspended after their last retry,
 * subscriptions ended as cancelled or never paid, and steps that failed (left for the next run).
 */
public record BillingRunReport(int renewed, int trialsEnded, int retried, int suspended, int ended, int failed) {

    public static BillingRunReport nothing() {
        return new BillingRunReport(0, 0, 0, 0, 0, 0);
    }

    public BillingRunReport plus(BillingRunReport other) {
        return new BillingRunReport(renewed + other.renewed, trialsEnded + other.trialsEnded, retried + other.retried,
                suspended + other.suspended, ended + other.ended, failed + other.failed);
    }
}
