package org.namc.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.namc.events.domain.EventId;

/** Cancels an event; every active registration is cancelled and told why. */
public record CancelEvent(@NotNull EventId eventId, @NotBlank @Size(max = 1000) String reason) {
}
