package org.namc.notifications.domain;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The seed's {@code delivery_status} for one channel: state, attempts so far, when, and why. */
public record ChannelDelivery(DeliveryState state, int attempts, @Nullable Instant at, @Nullable String detail) {
    public ChannelDelivery {
        Objects.requireNonNull(state, "state");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative");
        }
    }

    public static ChannelDelivery of(DeliveryState state, @Nullable Instant at, @Nullable String detail) {
        return new ChannelDelivery(state, 0, at, detail);
    }
}
