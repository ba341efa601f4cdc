package org.namc.billing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.namc.membership.domain.MembershipStatus;
import org.namc.shared.domain.MemberId;

/** A member's standing as billing derives it: tier, paid through when, and the status that follows now. */
public record StandingView(MemberId member, @Nullable String tier, @Nullable Instant paidThrough,
                           MembershipStatus status) {
}
