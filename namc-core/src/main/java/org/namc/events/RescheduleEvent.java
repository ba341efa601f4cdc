package org.namc.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import org.namc.events.domain.EventId;

/** Moves an event to new local times in an IANA time zone; subscribed calendars update it in place. */
public record RescheduleEvent(@NotNull EventId eventId, @NotNull LocalDateTime startsAt,
                              @NotNull LocalDateTime endsAt, @NotBlank String timeZone) {
}
