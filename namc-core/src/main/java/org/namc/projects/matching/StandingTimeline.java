package org.namc.projects.matching;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.namc.membership.domain.Member;
import org.namc.membership.domain.MembershipStatus;
import org.namc.membership.domain.RenewalPolicy;

/**
 * When a member's standing changes, captured once so that a candidate index can tell the
 * standing at any instant without the member: the same answer as
 * {@link Member#statusAt(Instant, RenewalPolicy)}. {@code expiresAt} is null until the
 * membership started (email unverified).
 */
public record StandingTimeline(@Nullable Instant cancelledAt, @Nullable Instant expiresAt, Duration expiringNotice,
                               Duration grace) {

    public StandingTimeline {
        Objects.requireNonNull(expiringNotice, "expiringNotice");
        Objects.requireNonNull(grace, "grace");
    }

    public static StandingTimeline of(Member member, RenewalPolicy policy) {
        return new StandingTimeline(member.membership().cancelledAt(),
                member.isEmailVerified() ? member.membership().expiresAt() : null, policy.expiringNotice(),
                policy.grace());
    }

    /** A membership in good standing until {@code expiresAt}, for tests and benchmarks. */
    public static StandingTimeline activeUntil(Instant expiresAt, RenewalPolicy policy) {
        return new StandingTimeline(null, expiresAt, policy.expiringNotice(), policy.grace());
    }

    public @Nullable Instant expiringFrom() {
        return expiresAt == null ? null : expiresAt.minus(expiringNotice);
    }

    public @Nullable Instant lapsedFrom() {
        return expiresAt == null ? null : expiresAt.plus(grace);
    }

    public MembershipStatus statusAt(Instant now) {
        return statusAt(now, cancelledAt, expiringFrom(), expiresAt, lapsedFrom());
    }

    /**
     * An instant as nanoseconds since the epoch, saturating beyond the years 1677 and 2262. The
     * index compares these instead of instants; saturation keeps every comparison with an
     * instant inside that range exact.
     */
    static long epochNanos(Instant t) {
        try {
            return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
        } catch (ArithmeticException outOfRange) {
            return t.getEpochSecond() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    /** Whether {@link #epochNanos} holds {@code t} exactly (then comparisons with it are exact). */
    static boolean isExactInNanos(Instant t) {
        long nanos = epochNanos(t);
        return nanos != Long.MIN_VALUE && nanos != Long.MAX_VALUE;
    }

    boolean isPending() {
        return expiresAt == null;
    }

    /** When cancelled, in {@link #epochNanos}; {@link Long#MAX_VALUE} when not cancelled. */
    long cancelledNanos() {
        return cancelledAt == null ? Long.MAX_VALUE : epochNanos(cancelledAt);
    }

    long expiringFromNanos() {
        Instant from = expiringFrom();
        return from == null ? Long.MAX_VALUE : epochNanos(from);
    }

    long expiresNanos() {
        return expiresAt == null ? Long.MAX_VALUE : epochNanos(expiresAt);
    }

    long lapsedFromNanos() {
        Instant from = lapsedFrom();
        return from == null ? Long.MAX_VALUE : epochNanos(from);
    }

    /**
     * {@link #statusAt(Instant)} on nanosecond timestamps, for the index's hot loop.
     * {@code cancelledAt} is {@link Long#MAX_VALUE} when there is none; {@code pending} stands
     * for a membership that has not started.
     */
    static MembershipStatus statusAt(long now, long cancelledAt, boolean pending, long expiringFrom, long expiresAt,
                                     long lapsedFrom) {
        if (cancelledAt != Long.MAX_VALUE && now >= cancelledAt) {
            return MembershipStatus.CANCELLED;
        }
        if (pending) {
            return MembershipStatus.PENDING_VERIFICATION;
        }
        if (now < expiringFrom) {
            return MembershipStatus.ACTIVE;
        }
        if (now < expiresAt) {
            return MembershipStatus.EXPIRING;
        }
        if (now < lapsedFrom) {
            return MembershipStatus.GRACE;
        }
        return MembershipStatus.LAPSED;
    }

    /** The one rule both the engine and the index apply. */
    static MembershipStatus statusAt(Instant now, @Nullable Instant cancelledAt, @Nullable Instant expiringFrom,
                                     @Nullable Instant expiresAt, @Nullable Instant lapsedFrom) {
        if (cancelledAt != null && !now.isBefore(cancelledAt)) {
            return MembershipStatus.CANCELLED;
        }
        if (expiresAt == null || expiringFrom == null || lapsedFrom == null) {
            return MembershipStatus.PENDING_VERIFICATION;
        }
        if (now.isBefore(expiringFrom)) {
            return MembershipStatus.ACTIVE;
        }
        if (now.isBefore(expiresAt)) {
            return MembershipStatus.EXPIRING;
        }
        if (now.isBefore(lapsedFrom)) {
            return MembershipStatus.GRACE;
        }
        return MembershipStatus.LAPSED;
    }
}
