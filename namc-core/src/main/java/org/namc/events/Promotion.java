package org.namc.events;

import org.jspecify.annotations.Nullable;
import java.time.Instant;

/**
 * A member moved off the waiting list into a freed seat; when the seat must be paid for, it is
 * an offer that runs out at {@code offerExpiresAt} and then passes to the next in line.
 */
public record Promotion(RegistrationView registration, @Nullable Instant offerExpiresAt) {

    public boolean isOffer() {
        return offerExpiresAt != null;
    }
}
