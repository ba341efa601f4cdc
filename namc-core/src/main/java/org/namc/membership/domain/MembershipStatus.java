package org.namc.membership.domain;

/**
 * A member's standing at one instant. Only verification and cancellation are stored; the
 * time-based states follow from {@code membership_expires_at} and the {@link RenewalPolicy}
 * by the clock, so no sweeper job is needed and they can never be out of step.
 */
public enum MembershipStatus {
    PENDING_VERIFICATION,
    ACTIVE,
    /** Active, but the expiry is within the policy's notice window. */
    EXPIRING,
    /** Expired, still within the grace period: benefits continue, renewal is urged. */
    GRACE,
    /** Expired beyond grace. */
    LAPSED,
    CANCELLED;

    /** Whether the member enjoys member benefits (access to members-only content, applying to projects). */
    public boolean isInGoodStanding() {
        return this == ACTIVE || this == EXPIRING || this == GRACE;
    }
}
