package org.namc.events.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a registration stands. The seed's {@code registration_status_enum}, plus the states a
 * paid event and a time-boxed waiting-list offer need.
 */
public enum RegistrationStatus {
    /** Holds a seat until staff approve or decline. */
    PENDING_APPROVAL,
    /** Holds a seat until paid, or until the hold runs out. */
    PENDING_PAYMENT,
    /** Confirmed. */
    REGISTERED,
    /** On the waiting list, in ticket order. */
    WAITLISTED,
    CANCELLED,
    /** Staff declined it. */
    DECLINED,
    /** The payment hold (or waiting-list offer) ran out. */
    EXPIRED,
    /** Registered, but did not check in before the event completed. */
    NO_SHOW;

    private static final Set<RegistrationStatus> SEATED = EnumSet.of(PENDING_APPROVAL, PENDING_PAYMENT, REGISTERED,
            NO_SHOW);

    /** Whether this registration takes one of the event's seats. */
    public boolean holdsSeat() {
        return SEATED.contains(this);
    }

    /** Whether the member still counts as registered or waiting (and so may not register again). */
    public boolean isActive() {
        return holdsSeat() || this == WAITLISTED;
    }
}
