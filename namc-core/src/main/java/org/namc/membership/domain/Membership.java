package org.namc.membership.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The stored facts of a membership: type, optional tier code, since when, until when, and
 * whether it was cancelled. {@link #statusAt} derives the standing from them.
 */
public record Membership(MemberType type, @Nullable String tier, @Nullable Instant memberSince,
                         @Nullable Instant expiresAt, @Nullable Instant cancelledAt) {

    public Membership {
        Objects.requireNonNull(type, "type");
    }

    public static Membership pending(MemberType type, @Nullable String tier) {
        return new Membership(type, tier, null, null, null);
    }

    public MembershipStatus statusAt(Instant now, boolean emailVerified, RenewalPolicy policy) {
        if (cancelledAt != null && !now.isBefore(cancelledAt)) {
            return MembershipStatus.CANCELLED;
        }
        if (!emailVerified || expiresAt == null) {
            return MembershipStatus.PENDING_VERIFICATION;
        }
        if (now.isBefore(expiresAt.minus(policy.expiringNotice()))) {
            return MembershipStatus.ACTIVE;
        }
        if (now.isBefore(expiresAt)) {
            return MembershipStatus.EXPIRING;
        }
        if (now.isBefore(expiresAt.plus(policy.grace()))) {
            return MembershipStatus.GRACE;
        }
        return MembershipStatus.LAPSED;
    }

    /** Starts the first term at {@code now} (on email verification). */
    public Membership activatedAt(Instant now, RenewalPolicy policy) {
        return new Membership(type, tier, now, termEnd(now, policy), null);
    }

    /**
     * Adds one term, counted from the later of now and the current expiry: renewing early
     * loses nothing, renewing late does not back-date the new term.
     */
    public Membership renewedAt(Instant now, RenewalPolicy policy) {
        Instant from = expiresAt != null && expiresAt.isAfter(now) ? expiresAt : now;
        return new Membership(type, tier, memberSince == null ? now : memberSince, termEnd(from, policy), null);
    }

    public Membership cancelledAt(Instant now) {
        return new Membership(type, tier, memberSince, expiresAt, now);
    }

    public Membership withTier(MemberType newType, @Nullable String newTier) {
        return new Membership(newType, newTier, memberSince, expiresAt, cancelledAt);
    }

    private static Instant termEnd(Instant from, RenewalPolicy policy) {
        // Calendar arithmetic in UTC: a year from Feb 29 ends on Feb 28.
        return from.atOffset(ZoneOffset.UTC).plus(policy.term()).toInstant();
    }
}
