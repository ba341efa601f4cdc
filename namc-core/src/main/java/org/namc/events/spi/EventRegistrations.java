package org.namc.events.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.namc.events.domain.EventId;
import org.namc.events.domain.Registration;
import org.namc.events.domain.RegistrationCounts;
import org.namc.events.domain.RegistrationId;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/** Registrations for events: at most one per member and event. */
public interface EventRegistrations {

    /**
     * Inserts (version 0) or updates a registration whose version still matches; returns it at
     * its new version. {@code CONFLICT} for a stale version, or for a second registration of the
     * same member for the same event.
     */
    Registration save(Registration registration);

    Optional<Registration> findById(RegistrationId id);

    Optional<Registration> find(EventId event, MemberId member);

    /** The registration that a payment already confirmed, if any. */
    Optional<Registration> findByPaymentId(String paymentId);

    /** Counted from the registrations as they stand in the running unit of work. */
    RegistrationCounts countsFor(EventId event);

    /** The waitlisted registration with the lowest ticket. */
    Optional<Registration> nextWaitlisted(EventId event);

    /** Seats pending payment whose hold ended at or before {@code now}. */
    List<Registration> expiredHolds(EventId event, Instant now);

    /** The event's registrations, in order of registration time, then id. */
    Page<Registration> forEvent(EventId event, PageRequest page);

    /** The member's registrations, most recent first. */
    Page<Registration> forMember(MemberId member, PageRequest page);
}
