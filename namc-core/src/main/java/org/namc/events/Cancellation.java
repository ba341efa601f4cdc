package org.namc.events;

import java.util.List;

/** A cancelled registration and the waiting-list promotions its freed seat caused. */
public record Cancellation(RegistrationView cancelled, List<Promotion> promotions) {
    public Cancellation {
        promotions = List.copyOf(promotions);
    }
}
