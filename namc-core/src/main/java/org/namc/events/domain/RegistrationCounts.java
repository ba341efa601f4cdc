package org.namc.events.domain;

/**
 * The seed's counters: seats taken (registered, awaiting approval or payment), members who
 * attended, and the length of the waiting list. Always recounted from the registrations inside
 * the unit of work that changed them, never incremented blindly.
 */
public record RegistrationCounts(int registrations, int attendees, int waitlist) {
    public static final RegistrationCounts NONE = new RegistrationCounts(0, 0, 0);

    public RegistrationCounts {
        if (registrations < 0 || attendees < 0 || waitlist < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
    }
}
