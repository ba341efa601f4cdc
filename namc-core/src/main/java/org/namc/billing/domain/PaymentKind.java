package org.namc.billing.domain;

/** What a payment is for, as the seed's {@code payment_type} classifies it. */
public enum PaymentKind {
    MEMBERSHIP,
    COURSE,
    EVENT,
    OTHER
}
