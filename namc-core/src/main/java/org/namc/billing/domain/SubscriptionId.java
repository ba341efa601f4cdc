package org.namc.billing.domain;

import java.util.Objects;
import java.util.UUID;
import org.namc.shared.domain.Ids;

/** The identity of a subscription. */
public record SubscriptionId(UUID value) {
    public SubscriptionId {
        Objects.requireNonNull(value, "value");
    }

    public static SubscriptionId of(String value) {
        return new SubscriptionId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
