package org.namc.events;

import org.namc.events.domain.Event;
import org.namc.events.domain.OnlineMeeting;

/**
 * An event as callers see it: everything but the meeting password, which only
 * {@code meetingAccess} reveals, to registered attendees and staff.
 */
public record EventView(Event event, boolean hasMeetingPassword) {

    public static EventView of(Event event) {
        OnlineMeeting meeting = event.location().meeting();
        if (meeting == null || meeting.password() == null) {
            return new EventView(event, false);
        }
        return new EventView(event.withLocation(event.location().withMeeting(meeting.withPassword(null)),
                event.updatedAt()), true);
    }
}
