package org.namc.events;

import jakarta.validation.constraints.NotNull;
import org.namc.events.domain.EventId;
import org.namc.shared.domain.MemberId;

/** A scan at the door: this member, at this event. */
public record CheckIn(@NotNull EventId eventId, @NotNull MemberId memberId) {
}
