package org.namc.billing;

/**
 * What one billing run did: periods renewed (trials converted included), trials ended for want
 * of a payment method, failed payments retried, subscriptions suspended after their last retry,
 * subscriptions ended as cancelled or never paid, steps that failed (left for the next run), and
 * interrupted payments and refunds its reconcile step settled.
 */
public record BillingRunReport(int renewed, int trialsEnded, int retried, int suspended, int ended, int failed,
                               int reconciled) {

    public BillingRunReport(int renewed, int trialsEnded, int retried, int suspended, int ended, int failed) {
        this(renewed, trialsEnded, retried, suspended, ended, failed, 0);
    }

    public static BillingRunReport nothing() {
        return new BillingRunReport(0, 0, 0, 0, 0, 0, 0);
    }

    public BillingRunReport plus(BillingRunReport other) {
        return new BillingRunReport(renewed + other.renewed, trialsEnded + other.trialsEnded, retried + other.retried,
                suspended + other.suspended, ended + other.ended, failed + other.failed,
                reconciled + other.reconciled);
    }

    /** Counts what the run's reconcile step settled; its failures count as failed steps. */
    public BillingRunReport withReconciled(ReconcileReport report) {
        return new BillingRunReport(renewed, trialsEnded, retried, suspended, ended, failed + report.failed(),
                reconciled + report.settled() + report.neverSent() + report.refunds());
    }
}
