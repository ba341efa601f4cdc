package org.namc.learning.domain;

import org.namc.shared.domain.Violations;

/** The billing side's reference for the payment of one enrolment (a payment or checkout id). */
public record PaymentReference(String value) {
    public PaymentReference {
        Violations.collect().notBlank(value, "paymentReference", 200).throwIfAny();
        value = value.strip();
    }

    @Override
    public String toString() {
        return value;
    }
}
