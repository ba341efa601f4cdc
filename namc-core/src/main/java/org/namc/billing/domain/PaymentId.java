package org.namc.billing.domain;

import java.util.Objects;
import java.util.UUID;
import org.namc.shared.domain.Ids;

/** The identity of a payment. */
public record PaymentId(UUID value) {
    public PaymentId {
        Objects.requireNonNull(value, "value");
    }

    public static PaymentId of(String value) {
        return new PaymentId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
