package org.namc.events.domain;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;

/**
 * An event as the seed's {@code events} row holds it. Immutable: each change returns a new
 * instance; {@code version} is the stored version it was read at (optimistic locking, which is
 * also what serialises registrations for one event in a database). {@code nextWaitlistTicket}
 * hands out waiting-list places in arrival order. {@code calendarSequence} is iCalendar's
 * {@code SEQUENCE}: it goes up when the event moves or is cancelled, not on registrations.
 */
public record Event(EventId id, EventDetails details, Schedule schedule, EventLocation location,
                    RegistrationRules rules, Pricing pricing, EventStatus status, Visibility visibility,
                    RegistrationCounts counts, long nextWaitlistTicket, boolean reminderSent, boolean followUpSent,
                    @Nullable String cancellationReason, MemberId createdBy, Instant createdAt, Instant updatedAt,
                    int calendarSequence, long version) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(pricing, "pricing");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A new draft. */
    public static Event draft(EventId id, EventDetails details, Schedule schedule, EventLocation location,
                              RegistrationRules rules, Pricing pricing, Visibility visibility, MemberId createdBy,
                              Instant now) {
        if (rules.deadline() != null && rules.deadline().isAfter(schedule.start())) {
            throw NamcException.invalid("registrationDeadline", "before-start", "must not be after the start");
        }
        return new Event(id, details, schedule, location, rules, pricing, EventStatus.DRAFT, visibility,
                RegistrationCounts.NONE, 1, false, false, null, createdBy, now, now, 0, 0);
    }

    /** Registration closes at the deadline, or when the event starts. */
    public Instant registrationClosesAt() {
        return rules.deadline() != null ? rules.deadline() : schedule.start();
    }

    public boolean isFree() {
        return pricing.isFree();
    }

    public Event published(Instant now) {
        if (status != EventStatus.DRAFT && status != EventStatus.POSTPONED) {
            throw NamcException.refused(EventsRefusal.EVENT_NOT_PUBLISHABLE, "only a draft or postponed event can be published, this one is " + status);
        }
        if (!schedule.start().isAfter(now)) {
            throw NamcException.refused(EventsRefusal.EVENT_NOT_PUBLISHABLE, "an event that has started cannot be published");
        }
        return withStatus(EventStatus.PUBLISHED, null, now);
    }

    public Event cancelled(String reason, Instant now) {
        if (status == EventStatus.CANCELLED || status == EventStatus.COMPLETED) {
            throw NamcException.refused(EventsRefusal.EVENT_ALREADY_IN_STATUS, "the event is already " + status);
        }
        return withStatus(EventStatus.CANCELLED, reason, now).nextCalendarSequence();
    }

    public Event completed(Instant now) {
        if (status != EventStatus.PUBLISHED) {
            throw NamcException.refused(EventsRefusal.EVENT_NOT_COMPLETABLE, "only a published event can be completed, this one is " + status);
        }
        if (!schedule.hasEndedAt(now)) {
            throw NamcException.refused(EventsRefusal.EVENT_NOT_COMPLETABLE, "the event has not ended yet");
        }
        return withStatus(EventStatus.COMPLETED, null, now);
    }

    public Event withCounts(RegistrationCounts newCounts, Instant now) {
        return new Event(id, details, schedule, location, rules, pricing, status, visibility, newCounts,
                nextWaitlistTicket, reminderSent, followUpSent, cancellationReason, createdBy, createdAt, now,
                calendarSequence, version);
    }

    /** Takes the next waiting-list ticket; the returned event holds the following one. */
    public Event tookWaitlistTicket(Instant now) {
        return new Event(id, details, schedule, location, rules, pricing, status, visibility, counts,
                nextWaitlistTicket + 1, reminderSent, followUpSent, cancellationReason, createdBy, createdAt, now,
                calendarSequence, version);
    }

    public Event withRemindersSent(Instant now) {
        return new Event(id, details, schedule, location, rules, pricing, status, visibility, counts,
                nextWaitlistTicket, true, followUpSent, cancellationReason, createdBy, createdAt, now,
                calendarSequence, version);
    }

    public Event withFollowUpsSent(Instant now) {
        return new Event(id, details, schedule, location, rules, pricing, status, visibility, counts,
                nextWaitlistTicket, reminderSent, true, cancellationReason, createdBy, createdAt, now,
                calendarSequence, version);
    }

    public Event withLocation(EventLocation newLocation, Instant now) {
        return new Event(id, details, schedule, newLocation, rules, pricing, status, visibility, counts,
                nextWaitlistTicket, reminderSent, followUpSent, cancellationReason, createdBy, createdAt, now,
                calendarSequence, version);
    }

    /**
     * The event moved to {@code newSchedule}: only before it has started, and not when cancelled or
     * completed; a registration deadline after the new start moves to the new start.
     */
    public Event rescheduled(Schedule newSchedule, Instant now) {
        if (status == EventStatus.CANCELLED || status == EventStatus.COMPLETED) {
            throw NamcException.refused(EventsRefusal.EVENT_NOT_MOVABLE, "a " + status + " event cannot be moved");
        }
        if (!schedule.start().isAfter(now) || !newSchedule.start().isAfter(now)) {
            throw NamcException.invalid("schedule", "future", "an event moves only before it starts, to a future start");
        }
        RegistrationRules newRules = rules.deadline() != null && rules.deadline().isAfter(newSchedule.start())
                ? new RegistrationRules(rules.capacity(), newSchedule.start(), rules.requiresApproval()) : rules;
        return new Event(id, details, newSchedule, location, newRules, pricing, status, visibility, counts,
                nextWaitlistTicket, reminderSent, followUpSent, cancellationReason, createdBy, createdAt, now,
                calendarSequence, version).nextCalendarSequence();
    }

    /** A change calendar clients must apply (moved, cancelled): iCalendar's SEQUENCE goes up by one. */
    private Event nextCalendarSequence() {
        return new Event(id, details, schedule, location, rules, pricing, status, visibility, counts,
                nextWaitlistTicket, reminderSent, followUpSent, cancellationReason, createdBy, createdAt, updatedAt,
                calendarSequence + 1, version);
    }

    /** The same event at the version a store just wrote. */
    public Event atVersion(long storedVersion) {
        return new Event(id, details, schedule, location, rules, pricing, status, visibility, counts,
                nextWaitlistTicket, reminderSent, followUpSent, cancellationReason, createdBy, createdAt, updatedAt,
                calendarSequence, storedVersion);
    }

    private Event withStatus(EventStatus newStatus, @Nullable String reason, Instant now) {
        return new Event(id, details, schedule, location, rules, pricing, newStatus, visibility, counts,
                nextWaitlistTicket, reminderSent, followUpSent, reason, createdBy, createdAt, now,
                calendarSequence, version);
    }
}
