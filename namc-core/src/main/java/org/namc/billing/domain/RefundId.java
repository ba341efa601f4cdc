package org.namc.billing.domain;

import java.util.Objects;
import java.util.UUID;
import org.namc.shared.domain.Ids;

/** The identity of a refund. */
public record RefundId(UUID value) {
    public RefundId {
        Objects.requireNonNull(value, "value");
    }

    public static RefundId of(String value) {
        return new RefundId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
