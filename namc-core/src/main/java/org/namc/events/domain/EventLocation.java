package org.namc.events.domain;

import org.namc.shared.domain.ViolationRule;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.Violations;

/** In person (a venue), virtual (a meeting) or hybrid (both). */
public record EventLocation(LocationType type, @Nullable Venue venue, @Nullable OnlineMeeting meeting) {
    public EventLocation {
        Violations.collect()
                .required(type, "locationType")
                .check(type == null || type == LocationType.VIRTUAL || venue != null, "venue", ViolationRule.REQUIRED,
                        "an in-person or hybrid event needs a venue")
                .check(type == null || type == LocationType.IN_PERSON || meeting != null, "meeting", ViolationRule.REQUIRED,
                        "a virtual or hybrid event needs meeting details")
                .check(type != LocationType.IN_PERSON || meeting == null, "meeting", "absent",
                        "an in-person event has no meeting details")
                .check(type != LocationType.VIRTUAL || venue == null, "venue", "absent",
                        "a virtual event has no venue")
                .throwIfAny();
    }

    public static EventLocation inPerson(Venue venue) {
        return new EventLocation(LocationType.IN_PERSON, venue, null);
    }

    public static EventLocation virtual(OnlineMeeting meeting) {
        return new EventLocation(LocationType.VIRTUAL, null, meeting);
    }

    public static EventLocation hybrid(Venue venue, OnlineMeeting meeting) {
        return new EventLocation(LocationType.HYBRID, venue, meeting);
    }

    /** Without the meeting's join details, for people who are neither registered nor staff. */
    public EventLocation withoutJoinDetails() {
        return meeting == null ? this : withMeeting(meeting.withoutJoinDetails());
    }

    public EventLocation withMeeting(@Nullable OnlineMeeting newMeeting) {
        return new EventLocation(type, venue, newMeeting);
    }

    /** A one-line description for calendars. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        if (venue != null) {
            out.append(venue.name());
            if (venue.address() != null) {
                var a = venue.address();
                out.append(", ").append(a.street()).append(", ").append(a.city()).append(", ").append(a.state())
                        .append(' ').append(a.postalCode());
            }
        }
        if (meeting != null) {
            if (out.length() > 0) {
                out.append(" and online: ");
            }
            out.append(meeting.platform());
            if (meeting.url() != null) {
                out.append(' ').append(meeting.url());
            }
        }
        return out.toString();
    }
}
