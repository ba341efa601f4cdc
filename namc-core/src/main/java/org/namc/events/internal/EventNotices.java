package org.namc.events.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import org.namc.events.domain.Event;
import org.namc.events.domain.Registration;
import org.namc.notifications.NotifyMember;
import org.namc.notifications.domain.Channel;
import org.namc.notifications.domain.NotificationType;
import org.namc.notifications.domain.Priority;

/** The notifications registrants receive, worded once; times in the event's own time zone. */
final class EventNotices {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm zzz", Locale.US);

    private EventNotices() {
    }

    static NotifyMember registered(Event event, Registration r) {
        return notice(event, r, "You're registered: " + title(event), "See you on " + when(event, event.schedule()
                .start()) + ".", "event");
    }

    static NotifyMember awaitingApproval(Event event, Registration r) {
        return notice(event, r, "Registration received: " + title(event),
                "The organisers review every registration; we will let you know.", "event");
    }

    static NotifyMember awaitingPayment(Event event, Registration r) {
        return notice(event, r, "Seat held: " + title(event), "Pay " + r.amountDue() + " by "
                + when(event, r.holdExpiresAt()) + " to confirm your seat.", "event").withPriority(Priority.HIGH);
    }

    static NotifyMember waitlisted(Event event, Registration r, int position) {
        return notice(event, r, "On the waiting list: " + title(event), "The event is full; you are number "
                + position + " in line. We will tell you when a seat opens up.", "event");
    }

    static NotifyMember promoted(Event event, Registration r) {
        String message = r.holdExpiresAt() == null ? "A seat opened up and it is yours."
                : "A seat opened up. Pay " + r.amountDue() + " by " + when(event, r.holdExpiresAt())
                + " to take it; after that it goes to the next in line.";
        return notice(event, r, "Off the waiting list: " + title(event), message, "event")
                .withPriority(Priority.HIGH);
    }

    static NotifyMember holdExpired(Event event, Registration r) {
        return notice(event, r, "Seat released: " + title(event),
                "Your seat was held until " + when(event, r.holdExpiresAt()) + " and has been released.", "event");
    }

    static NotifyMember declined(Event event, Registration r) {
        return notice(event, r, "Registration declined: " + title(event),
                r.statusReason() == null ? "The organisers declined your registration." : r.statusReason(), "event");
    }

    static NotifyMember cancelled(Event event, Registration r, String reason) {
        return notice(event, r, "Cancelled: " + title(event), reason, "event").withPriority(Priority.HIGH);
    }

    static NotifyMember reminder(Event event, Registration r) {
        return notice(event, r, "Reminder: " + title(event), "Starts " + when(event, event.schedule().start()) + ".",
                "event-reminders").withDedupKey("event-reminder:" + event.id() + ":" + r.memberId());
    }

    static NotifyMember followUp(Event event, Registration r) {
        return notice(event, r, "Thank you for attending " + title(event),
                "We would love your feedback; slides and photos follow.", "event-follow-ups")
                .withDedupKey("event-follow-up:" + event.id() + ":" + r.memberId());
    }

    private static NotifyMember notice(Event event, Registration r, String title, String message, String category) {
        return NotifyMember.of(r.memberId(), NotificationType.EVENT, title, message)
                .on(EnumSet.of(Channel.IN_APP, Channel.EMAIL).toArray(Channel[]::new))
                .inCategory(category)
                .withAction("/events/" + event.id(), "View event")
                .withData(Map.of("eventId", event.id().toString(), "registrationId", r.id().toString(),
                        "status", r.status().name()));
    }

    private static String title(Event event) {
        String title = event.details().title();
        return title.length() <= 150 ? title : title.substring(0, 150) + "...";
    }

    private static String when(Event event, Instant instant) {
        return WHEN.format(instant.atZone(event.schedule().zone()));
    }
}
