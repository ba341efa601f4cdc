package org.namc.access.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.namc.membership.domain.Member;
import org.namc.membership.domain.MembershipStatus;
import org.namc.membership.domain.RenewalPolicy;

/**
 * The member facts conditions need, captured when permissions are compiled. The status
 * itself is derived at decision time, so a membership lapsing by the clock takes effect at
 * once without recompiling.
 */
record Standing(@Nullable Member member, int tierLevel, RenewalPolicy policy) {

    static Standing none(RenewalPolicy policy) {
        return new Standing(null, 0, policy);
    }

    @Nullable MembershipStatus statusAt(Instant now) {
        return member == null ? null : member.statusAt(now, policy);
    }
}
