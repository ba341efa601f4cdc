package org.namc.learning.domain;

/**
 * Where an enrolment stands. {@code PENDING_PAYMENT -> ACTIVE -> COMPLETED}; an active one
 * becomes {@code EXPIRED} by the clock when its access ends (derived, never stored); a
 * pending or active one can be {@code CANCELLED} (withdrawal, failed payment), after which
 * the member may enrol again.
 */
public enum EnrollmentStatus {
    PENDING_PAYMENT,
    ACTIVE,
    COMPLETED,
    EXPIRED,
    CANCELLED
}
