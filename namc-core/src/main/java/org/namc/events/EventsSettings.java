package org.namc.events;

import java.time.Duration;

/**
 * Settings a host may tune.
 *
 * @param paymentHold        how long a paid seat is held for payment after registering or approval
 * @param offerWindow        how long a waiting-list offer on a paid event stays open
 * @param checkInOpensBefore how long before the start the door opens for check-in
 * @param calendarHost       the domain in iCalendar UIDs
 * @param attempts           how often a registration unit is retried when a concurrent one moved the event on
 */
public record EventsSettings(Duration paymentHold, Duration offerWindow, Duration checkInOpensBefore,
                       String calendarHost, int attempts) {
    public static EventsSettings defaults() {
        return new EventsSettings(Duration.ofHours(48), Duration.ofHours(24), Duration.ofHours(3), "portal.namc-norcal.org",
                10);
    }
}
