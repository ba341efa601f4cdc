package org.namc.events;

import java.util.List;
import org.namc.events.domain.EventId;
import org.namc.events.domain.RegistrationId;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/**
 * Events and registrations. Staff ({@code event:*}) create, publish, cancel and complete
 * events, decide approvals, check members in and send reminders; active members register
 * ({@code event:register}) and cancel their own registrations. Capacity is never exceeded: a
 * full event waitlists in arrival order, and a freed seat goes to the next in line at once
 * (an offer that expires when payment is due). Every change is one audited unit of work.
 */
public interface EventsApi {

    EventView createEvent(Actor actor, CreateEvent command);

    EventView publishEvent(Actor actor, EventId eventId);

    EventView cancelEvent(Actor actor, CancelEvent command);

    /** Moves an event that has not started; its iCalendar SEQUENCE goes up. */
    EventView rescheduleEvent(Actor actor, RescheduleEvent command);

    /** After the end: marks registrants who never checked in as no-shows and sends attendees the follow-up. */
    EventView completeEvent(Actor actor, EventId eventId);

    EventView findEvent(Actor actor, EventId eventId);

    /** Published events that have not started, soonest first, as far as the actor may see them. */
    Page<EventView> upcoming(Actor actor, PageRequest page);

    RegistrationOutcome register(Actor actor, RegisterForEvent command);

    RegistrationView decideRegistration(Actor actor, DecideRegistration command);

    RegistrationView confirmPayment(Actor actor, ConfirmPayment command);

    Cancellation cancelRegistration(Actor actor, CancelRegistration command);

    /** Ends payment holds that ran out and offers their seats to the next in line; hosts run it on a schedule. */
    List<Promotion> releaseExpiredHolds(Actor actor, EventId eventId);

    CheckInResult checkIn(Actor actor, CheckIn command);

    /** Reminds confirmed registrants who want reminders; a second call reminds nobody twice. Returns how many. */
    int sendReminders(Actor actor, EventId eventId);

    RegistrationView registration(Actor actor, RegistrationId registrationId);

    Page<RegistrationView> registrations(Actor actor, EventId eventId, PageRequest page);

    Page<RegistrationView> registrationsOf(Actor actor, MemberId member, PageRequest page);

    MeetingAccess meetingAccess(Actor actor, EventId eventId);

    /** The event as an iCalendar (RFC 5545) object. */
    String exportICalendar(Actor actor, EventId eventId);

    /**
     * Re-encrypts every meeting password that is not under the cipher's current key (needs
     * {@code secret:rotate}); returns how many. {@code NamcPortal.reencryptSecrets} runs it with
     * membership's, so that after a key rotation the old key can be removed.
     */
    int reencryptMeetingPasswords(Actor actor);

    /**
     * A calendar feed (RFC 5545, for a {@code webcal:} subscription) of the events {@code member}
     * registered for that have not ended, cancelled ones included with {@code STATUS:CANCELLED}.
     * The member or staff may read it; a host serving it to calendar clients maps a secret URL to
     * the member's actor.
     */
    String memberCalendarFeed(Actor actor, MemberId member);

    /** A calendar feed of the published public events that have not ended, and of public ones cancelled. */
    String publicCalendarFeed(Actor actor);
}
