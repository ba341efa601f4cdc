package org.namc.events;

import java.util.List;
import org.namc.events.domain.Registration;

/** A cancelled registration and the waiting-list promotions its freed seat caused. */
public record Cancellation(Registration cancelled, List<Promotion> promotions) {
    public Cancellation {
        promotions = List.copyOf(promotions);
    }
}
