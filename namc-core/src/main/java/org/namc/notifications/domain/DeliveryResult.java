package org.namc.notifications.domain;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A channel's answer: accepted, failed (for now, or for good), or the recipient's address rejected. */
public sealed interface DeliveryResult {

    record Delivered(@Nullable String reference) implements DeliveryResult {
    }

    /** {@code permanent}: retrying cannot help (no address on file, address rejected). */
    record Failed(String reason, boolean permanent) implements DeliveryResult {
        public Failed {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * The receiving side refused the member's address for good (SMTP 550/551/553, an invalid
     * number): a permanent failure, and the channel is not used again until the address changes.
     */
    record AddressRejected(String address, String reason) implements DeliveryResult {
        public AddressRejected {
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
