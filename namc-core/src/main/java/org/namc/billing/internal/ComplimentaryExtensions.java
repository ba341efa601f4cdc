package org.namc.billing.internal;

import org.namc.shared.domain.ViolationRule;
import org.namc.billing.domain.BillingRefusal;
import java.time.Instant;
import org.namc.billing.ExtendMembership;
import org.namc.billing.StandingView;
import org.namc.billing.domain.BillingPeriod;
import org.namc.billing.domain.CoveredPeriod;
import org.namc.billing.domain.MembershipStanding;
import org.namc.billing.domain.SubscriptionId;
import org.namc.membership.domain.Member;
import org.namc.membership.domain.Membership;
import org.namc.shared.authorization.ResourceRef;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Violations;

/**
 * The one way to lengthen a membership without paying: staff grant it, with a reason, never to
 * themselves, and the trail keeps it as compliance-relevant. A member with a tier gets a covered
 * period of its own (tied to no subscription, so cancelling one does not cut it), so the
 * membership keeps following from the periods; a member never billed has their expiry moved.
 */
final class ComplimentaryExtensions {
    static final String ACTION = "membership.complimentary-extension";

    private final BillingContext ctx;
    private final StandingSync standing;

    ComplimentaryExtensions(BillingContext ctx, StandingSync standing) {
        this.ctx = ctx;
        this.standing = standing;
    }

    StandingView extend(Actor actor, ExtendMembership command) {
        Violations violations = Violations.collect().required(command.member(), "member")
                .check(command.days() >= 1 && command.days() <= ExtendMembership.MAX_DAYS, "days", ViolationRule.RANGE,
                        "must be between 1 and " + ExtendMembership.MAX_DAYS)
                .notBlank(command.reason(), "reason", 500);
        ctx.validation().validate(command, violations);
        return ctx.unitOfWork().execute(actor, ACTION, "membership", scope -> {
            scope.resource(command.member());
            ctx.require(actor, "member", "extend", ResourceRef.member(command.member()));
            if (actor.is(command.member())) {
                throw NamcException.refused(BillingRefusal.SELF_EXTENSION, actor + " may not extend their own membership");
            }
            Member member = ctx.member(command.member());
            Membership before = member.membership();
            if (!member.isEmailVerified() || before.expiresAt() == null) {
                throw NamcException.refused(BillingRefusal.NO_MEMBERSHIP_TERM, "the member has no membership term to extend yet");
            }
            Instant now = ctx.now();
            Instant from = before.expiresAt().isAfter(now) ? before.expiresAt() : now;
            Instant until = from.atZone(ctx.settings().zone()).plusDays(command.days()).toInstant();
            scope.changed("days", null, command.days()).changed("reason", null, command.reason().strip());
            if (before.tier() != null) {
                SubscriptionId grant = new SubscriptionId(ctx.ids().newId());
                ctx.periods().save(new CoveredPeriod("complimentary:" + grant, member.id(), grant, before.tier(),
                        new BillingPeriod(from, until), null));
                standing.sync(member.id(), scope);
            } else {
                Membership after = new Membership(before.type(), null, before.memberSince(), until,
                        before.cancelledAt());
                ctx.members().save(member.withMembership(after, now));
                scope.changed("membershipExpiresAt", before.expiresAt(), until);
                scope.afterCommit(() -> ctx.authorizer().subjectChanged(member.id()));
            }
            Member after = ctx.member(member.id());
            return new StandingView(member.id(), after.membership().tier(),
                    MembershipStanding.paidThrough(ctx.periods().forMember(member.id())).orElse(null),
                    after.statusAt(now, ctx.renewalPolicy()));
        });
    }
}
