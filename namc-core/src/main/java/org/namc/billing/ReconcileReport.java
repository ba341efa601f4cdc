package org.namc.billing;

/**
 * What a reconcile run settled of the work interrupted between recording it and hearing the
 * gateway's answer: payments whose state the gateway reported, payments the gateway never
 * received (failed, so they can be tried again), pending refunds completed, and payments or
 * refunds it could not settle this time (the next run tries again).
 */
public record ReconcileReport(int settled, int neverSent, int refunds, int failed) {

    public static ReconcileReport nothing() {
        return new ReconcileReport(0, 0, 0, 0);
    }

    public ReconcileReport plus(ReconcileReport other) {
        return new ReconcileReport(settled + other.settled, neverSent + other.neverSent, refunds + other.refunds,
                failed + other.failed);
    }
}
