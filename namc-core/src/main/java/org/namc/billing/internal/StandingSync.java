package org.namc.billing.internal;

import java.util.List;
import org.namc.billing.domain.CoveredPeriod;
import org.namc.billing.domain.MembershipStanding;
import org.namc.membership.domain.Member;
import org.namc.membership.domain.Membership;
import org.namc.shared.domain.MemberId;
import org.namc.shared.internal.AuditScope;

/**
 * Writes the membership that the covered periods imply onto the member, in the running unit
 * of work, and tells access control once it committed.
 */
final class StandingSync {
    private final BillingContext ctx;

    StandingSync(BillingContext ctx) {
        this.ctx = ctx;
    }

    void sync(MemberId memberId, AuditScope scope) {
        Member member = ctx.members().findById(memberId).orElse(null);
        if (member == null) {
            return; // deleted: nothing left to stand
        }
        List<CoveredPeriod> periods = ctx.periods().forMember(memberId);
        Membership before = member.membership();
        Membership after = MembershipStanding.apply(before, periods);
        if (after.equals(before)) {
            return;
        }
        ctx.members().save(member.withMembership(after, ctx.now()));
        scope.changed("membershipExpiresAt", before.expiresAt(), after.expiresAt())
                .changed("membershipTier", before.tier(), after.tier());
        scope.afterCommit(() -> ctx.authorizer().subjectChanged(memberId));
    }
}
