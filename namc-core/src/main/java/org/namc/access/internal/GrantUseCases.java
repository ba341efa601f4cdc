package org.namc.access.internal;

import org.namc.access.domain.AccessRefusal;
import java.util.List;
import org.namc.access.GrantRole;
import org.namc.access.GrantView;
import org.namc.access.RevokeRole;
import org.namc.access.domain.Role;
import org.namc.access.domain.RoleGrant;
import org.namc.access.domain.PermissionRule;
import org.namc.shared.authorization.Decision;
import org.namc.shared.authorization.Permission;
import org.namc.shared.authorization.ResourceRef;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Violations;

/** Granting and revoking roles, and impersonation. */
final class GrantUseCases {
    private final AccessContext ctx;

    GrantUseCases(AccessContext ctx) {
        this.ctx = ctx;
    }

    GrantView grant(Actor actor, GrantRole command) {
        Violations violations = Violations.collect().required(command.member(), "member")
                .notBlank(command.roleName(), "roleName", 50)
                .check(command.expiresAt() == null || command.expiresAt().isAfter(ctx.now()), "expiresAt", "future",
                        "must be in the future");
        ctx.validation().validate(command, violations);
        return ctx.unitOfWork().execute(actor, "role.grant", AccessContext.ROLE, scope -> {
            scope.resource(command.member());
            ctx.decider().require(actor, Permission.of("role", "grant"), ResourceRef.member(command.member()));
            if (command.member().equals(actor.memberId())) {
                throw NamcException.refused(AccessRefusal.SELF_GRANT, actor + " may not grant a role to themselves");
            }
            Role role = ctx.roleNamed(command.roleName());
            requireWithinOwn(actor, role, "grant", command.member());
            ctx.members().findById(command.member())
                    .orElseThrow(() -> NamcException.notFound("member", command.member()));
            RoleGrant before = ctx.grants().find(command.member(), role.id()).orElse(null);
            RoleGrant after = before == null
                    ? new RoleGrant(ctx.ids().newId(), command.member(), role.id(), actor.memberId(), ctx.now(),
                            command.expiresAt(), true)
                    : before.renewed(actor.memberId(), ctx.now(), command.expiresAt());
            ctx.grants().save(after);
            scope.changed("role", before == null || !before.active() ? null : role.name(), role.name())
                    .changed("expiresAt", before == null ? null : before.expiresAt(), after.expiresAt());
            ctx.decider().recordChange();
            scope.afterCommit(() -> ctx.decider().subjectChanged(command.member()));
            return ctx.view(after);
        });
    }

    void revoke(Actor actor, RevokeRole command) {
        Violations.collect().required(command.member(), "member").notBlank(command.roleName(), "roleName", 50)
                .throwIfAny();
        ctx.unitOfWork().execute(actor, "role.revoke", AccessContext.ROLE, scope -> {
            scope.resource(command.member());
            ctx.decider().require(actor, Permission.of("role", "revoke"), ResourceRef.member(command.member()));
            Role role = ctx.roleNamed(command.roleName());
            requireWithinOwn(actor, role, "revoke", command.member());
            RoleGrant grant = ctx.grants().find(command.member(), role.id()).filter(RoleGrant::active)
                    .orElseThrow(() -> NamcException.notFound("grant of " + role.name() + " to member",
                            command.member()));
            RoleClosure closure = RoleClosure.of(ctx.roles());
            if (closure.confersAdmin(role)
                    && closure.administrators(ctx.grants(), ctx.members(), ctx.now(), grant).isEmpty()) {
                throw NamcException.refused(AccessRefusal.LAST_ADMINISTRATOR, "member " + command.member()
                        + " is the last active administrator; grant ADMIN to someone else first");
            }
            ctx.grants().save(grant.revoked());
            ctx.decider().recordChange();
            scope.changed("role", role.name(), null);
            scope.afterCommit(() -> ctx.decider().subjectChanged(command.member()));
            return null;
        });
    }

    /**
     * A role may be granted or revoked only by someone who holds everything it confers
     * (inclusions counted), or who holds {@code role:grant-admin}.
     */
    private void requireWithinOwn(Actor actor, Role role, String verb, MemberId member) {
        MemberId actorId = actor.memberId();
        if (actor.isSystem() || actorId == null) {
            return;
        }
        List<PermissionRule> lacking = ctx.decider().lacking(actorId, RoleClosure.of(ctx.roles()).rulesOf(role));
        if (lacking.isEmpty()) {
            return;
        }
        Decision admin = ctx.decider().decide(actor, Permission.of("role", "grant-admin"), ResourceRef.member(member));
        if (!admin.isAllowed()) {
            throw NamcException.refused(AccessRefusal.GRANT_EXCEEDS_HOLDINGS, actor + " may not " + verb + " " + role.name() + ": it confers "
                    + lacking.get(0) + ", which they do not hold, and " + admin.reason());
        }
    }

    List<GrantView> grantsOf(Actor actor, MemberId member) {
        Violations.collect().required(member, "member").throwIfAny();
        ctx.unitOfWork().checked(actor, "role.grants.read", AccessContext.ROLE, member, () -> {
            ctx.decider().require(actor, Permission.of("role", "read"), ResourceRef.member(member));
            return null;
        });
        return ctx.grants().activeFor(member).stream().map(ctx::view).toList();
    }

    Actor impersonate(Actor staff, MemberId member) {
        Violations.collect().required(member, "member").throwIfAny();
        return ctx.unitOfWork().execute(staff, "member.impersonate", "member", scope -> {
            scope.resource(member);
            ctx.decider().require(staff, Permission.of("member", "impersonate"), ResourceRef.member(member));
            MemberId staffId = staff.memberId();
            if (staffId == null || staffId.equals(member) || staff.impersonatedBy() != null) {
                throw NamcException.refused(AccessRefusal.IMPERSONATION_REFUSED, "only a staff member can impersonate, not themselves and not "
                        + "while impersonating");
            }
            ctx.members().findById(member).orElseThrow(() -> NamcException.notFound("member", member));
            // Acting as someone more powerful would be a way to that power.
            ctx.decider().requireOver(staff, member);
            return Actor.member(member).impersonatedBy(staffId);
        });
    }
}
