package org.namc.notifications.domain;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A channel's answer: accepted, or failed (for now, or for good). */
public sealed interface DeliveryResult {

    record Delivered(@Nullable String reference) implements DeliveryResult {
    }

    /** {@code permanent}: retrying cannot help (no address on file, address rejected). */
    record Failed(String reason, boolean permanent) implements DeliveryResult {
        public Failed {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
