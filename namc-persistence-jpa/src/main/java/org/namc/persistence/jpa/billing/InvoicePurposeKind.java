package org.namc.persistence.jpa.billing;

/** The values of {@code invoice_purpose_enum}: which {@code InvoicePurpose} an invoice row holds. */
enum InvoicePurposeKind {
    MANUAL,
    SUBSCRIPTION_PERIOD,
    TIER_CHANGE,
    PURCHASE
}
