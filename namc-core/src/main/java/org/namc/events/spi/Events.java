package org.namc.events.spi;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.namc.events.domain.Event;
import org.namc.events.domain.EventId;
import org.namc.events.domain.EventStatus;
import org.namc.events.domain.Visibility;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/** The events store. */
public interface Events {

    /**
     * Inserts a new event (version 0) or updates one whose version still matches the stored
     * one, and returns it at its new version; {@code CONFLICT} when the stored version moved on.
     * Every registration change also saves its event (the counters), so concurrent units on one
     * event are serialised by this check, or by a row lock.
     */
    Event save(Event event);

    Optional<Event> findById(EventId id);

    /** Events in one of {@code statuses} and {@code visibilities} starting at or after {@code from}, soonest first. */
    Page<Event> startingFrom(Instant from, Set<EventStatus> statuses, Set<Visibility> visibilities, PageRequest page);
}
