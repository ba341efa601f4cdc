package org.namc.billing.domain;

/** DRAFT -> OPEN -> PAID | VOID | UNCOLLECTIBLE; an uncollectible invoice may still be paid. */
public enum InvoiceStatus {
    DRAFT,
    OPEN,
    PAID,
    VOID,
    UNCOLLECTIBLE;

    /** Whether a payment may be taken against it. */
    public boolean isPayable() {
        return this == OPEN || this == UNCOLLECTIBLE;
    }
}
