package org.namc.access.internal;

import org.namc.access.domain.AccessRefusal;
import java.util.List;
import org.namc.access.GrantRole;
import org.namc.access.GrantView;
import org.namc.access.RevokeRole;
import org.namc.access.domain.Role;
import org.namc.access.domain.RoleGrant;
import org.namc.access.domain.SystemRole;
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
            Role role = ctx.roleNamed(command.roleName());
            if (role.name().equals(SystemRole.ADMIN.name())) {
                // Holding role:grant must not let staff make themselves or others administrators.
                ctx.decider().require(actor, Permission.of("role", "grant-admin"), ResourceRef.member(command.member()));
            }
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
            RoleGrant grant = ctx.grants().find(command.member(), role.id()).filter(RoleGrant::active)
                    .orElseThrow(() -> NamcException.notFound("grant of " + role.name() + " to member",
                            command.member()));
            ctx.grants().save(grant.revoked());
            scope.changed("role", role.name(), null);
            scope.afterCommit(() -> ctx.decider().subjectChanged(command.member()));
            return null;
        });
    }

    List<GrantView> grantsOf(Actor actor, MemberId member) {
        Violations.collect().required(member, "member").throwIfAny();
        ctx.decider().require(actor, Permission.of("role", "read"), ResourceRef.member(member));
        return ctx.grants().activeFor(member).stream().map(ctx::view).toList();
    }

    Actor impersonate(Actor staff, MemberId member) {
        Violations.collect().required(member, "member").throwIfAny();
        return ctx.unitOfWork().execute(staff, "member.impersonate", "member", scope -> {
            scope.resource(member);
            ctx.decider().require(staff, Permission.of("member", "impersonate"), ResourceRef.member(member));
            MemberId staffId = staff.memberId();
            if (staffId == null || staffId.equals(member)) {
                throw NamcException.refused(AccessRefusal.IMPERSONATION_REFUSED, "only a staff member can impersonate, and not themselves");
            }
            ctx.members().findById(member).orElseThrow(() -> NamcException.notFound("member", member));
            return Actor.member(member).impersonatedBy(staffId);
        });
    }
}
