package org.namc.events;

import jakarta.validation.constraints.NotNull;
import org.namc.events.domain.Attendee;
import org.namc.events.domain.EventId;
import org.namc.shared.domain.MemberId;

public record RegisterForEvent(@NotNull EventId eventId, @NotNull MemberId memberId, @NotNull Attendee attendee) {

    public static RegisterForEvent of(EventId eventId, MemberId memberId) {
        return new RegisterForEvent(eventId, memberId, Attendee.standard());
    }
}
