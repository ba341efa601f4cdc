package org.namc.events;

import org.namc.events.domain.Event;
import org.namc.events.domain.OnlineMeeting;

/**
 * An event as callers see it: never the meeting password, which only {@code meetingAccess}
 * reveals; and the meeting's address and id only for registered attendees and staff
 * ({@code joinDetailsShown}), like the password.
 */
public record EventView(Event event, boolean hasMeetingPassword, boolean joinDetailsShown) {

    /** As staff and registered attendees see it. */
    public static EventView of(Event event) {
        return of(event, true);
    }

    /** With the join details when {@code mayJoin}, otherwise with the meeting's platform only. */
    public static EventView of(Event event, boolean mayJoin) {
        OnlineMeeting meeting = event.location().meeting();
        if (meeting == null) {
            return new EventView(event, false, false);
        }
        boolean password = meeting.password() != null;
        OnlineMeeting shown = mayJoin ? meeting.withPassword(null) : meeting.withoutJoinDetails();
        return new EventView(event.withLocation(event.location().withMeeting(shown), event.updatedAt()), password,
                mayJoin);
    }
}
