package org.namc.billing.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.namc.membership.domain.Membership;

/**
 * Derives a member's membership from the periods covered for them; pure.
 *
 * <p>Once billing has covered any period for a member, their {@code membership_expires_at} is
 * the latest end among those periods (cut-offs applied) and is never set by hand; the status
 * (active, expiring, grace, lapsed) then follows from it and the renewal policy's notice and
 * grace by the clock, as for every membership. The tier is that of the latest-starting period
 * that still counts. A cancellation older than the latest period is lifted: paying again renews.
 */
public final class MembershipStanding {
    private MembershipStanding() {
    }

    /** The instant the member's covered periods run to; empty when none were ever covered. */
    public static Optional<Instant> paidThrough(List<CoveredPeriod> periods) {
        return periods.stream().map(CoveredPeriod::effectiveEnd).max(Comparator.naturalOrder());
    }

    /** The membership {@code current} becomes given {@code periods}; unchanged when there are none. */
    public static Membership apply(Membership current, List<CoveredPeriod> periods) {
        Optional<Instant> through = paidThrough(periods);
        if (through.isEmpty()) {
            return current;
        }
        Optional<CoveredPeriod> latest = periods.stream().filter(CoveredPeriod::counts)
                .max(Comparator.comparing((CoveredPeriod p) -> p.period().start()));
        String tier = latest.map(CoveredPeriod::tier).orElse(current.tier());
        Instant firstStart = periods.stream().map(p -> p.period().start()).min(Comparator.naturalOrder())
                .orElseThrow();
        Instant since = current.memberSince() == null || firstStart.isBefore(current.memberSince())
                ? firstStart : current.memberSince();
        @Nullable Instant cancelled = current.cancelledAt();
        if (cancelled != null && latest.isPresent() && latest.get().period().start().isAfter(cancelled)) {
            cancelled = null;
        }
        return new Membership(current.type(), tier, since, through.get(), cancelled);
    }
}
