package org.namc.billing.domain;

/**
 * PROCESSING (recorded, the gateway not yet asked or its answer not yet applied) -> SUCCEEDED |
 * FAILED | PENDING (the gateway waits for the customer, e.g. 3-D Secure) -> SUCCEEDED | FAILED.
 * Refunds are recorded on a succeeded payment, not as a status.
 */
public enum PaymentStatus {
    PENDING,
    PROCESSING,
    SUCCEEDED,
    FAILED;

    /** Not settled yet: the gateway's word (or the reconcile step) will move it on. */
    public boolean isOpen() {
        return this == PENDING || this == PROCESSING;
    }
}
