package org.namc.billing.domain;

/** PENDING -> SUCCEEDED | FAILED; refunds are recorded on a succeeded payment, not as a status. */
public enum PaymentStatus {
    PENDING,
    SUCCEEDED,
    FAILED
}
