package org.namc.projects.matching;

import org.namc.membership.domain.MembershipStatus;

/**
 * The point formulas, on primitives, shared by {@link MatchEngine} (one member, explained)
 * and {@link CandidateIndex} (many members, fast), so both always agree to the hundredth.
 * Each is non-decreasing in what the member brings, and never exceeds {@code possible}.
 */
final class Scoring {
    private Scoring() {
    }

    /** {@code met} of {@code required} things; asking for nothing earns everything. */
    static int share(int possible, int met, int required) {
        if (required == 0) {
            return possible;
        }
        return (int) ((long) possible * Math.min(met, required) / required);
    }

    /** Full points up to {@code near} km, none from {@code far} km, linear in between. */
    static int distance(int possible, double km, double near, double far) {
        if (km <= near) {
            return possible;
        }
        if (km >= far) {
            return 0;
        }
        return (int) Math.floor(possible * ((far - km) / (far - near)));
    }

    /** Bonding capacity against the bond required, in minor units; no bond required earns everything. */
    static int bonding(int possible, long capacityMinor, long requiredMinor) {
        if (requiredMinor <= 0) {
            return possible;
        }
        if (capacityMinor <= 0) {
            return 0;
        }
        return (int) Math.floor(possible * ((double) Math.min(capacityMinor, requiredMinor) / requiredMinor));
    }

    /** ACTIVE all, EXPIRING three quarters, GRACE half; other standings are ineligible anyway. */
    static int standing(int possible, MembershipStatus status) {
        return switch (status) {
            case ACTIVE -> possible;
            case EXPIRING -> possible * 3 / 4;
            case GRACE -> possible / 2;
            default -> 0;
        };
    }
}
