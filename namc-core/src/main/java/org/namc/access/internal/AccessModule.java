package org.namc.access.internal;

import java.time.Clock;
import java.util.List;
import org.namc.access.AccessApi;
import org.namc.access.ChangeRole;
import org.namc.access.CreateRole;
import org.namc.access.GrantRole;
import org.namc.access.GrantView;
import org.namc.access.RevokeRole;
import org.namc.access.RoleView;
import org.namc.access.spi.RoleGrants;
import org.namc.access.spi.Roles;
import org.namc.membership.spi.Members;
import org.namc.shared.authorization.Decision;
import org.namc.shared.authorization.Permission;
import org.namc.shared.authorization.ResourceRef;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.internal.CommandValidation;
import org.namc.shared.internal.UnitOfWork;
import org.namc.shared.spi.IdGenerator;

/** The access-control context's primary port. */
public final class AccessModule implements AccessApi {
    private final AccessDecider decider;
    private final RoleUseCases roleUseCases;
    private final GrantUseCases grantUseCases;

    public AccessModule(Roles roles, RoleGrants grants, Members members, AccessDecider decider, UnitOfWork unitOfWork,
                        CommandValidation validation, Clock clock, IdGenerator ids) {
        AccessContext ctx = new AccessContext(roles, grants, members, decider, unitOfWork, validation, clock, ids);
        this.decider = decider;
        this.roleUseCases = new RoleUseCases(ctx);
        this.grantUseCases = new GrantUseCases(ctx);
    }

    @Override
    public Decision decide(Actor actor, Permission permission, ResourceRef resource) {
        return decider.decide(actor, permission, resource);
    }

    @Override
    public void require(Actor actor, Permission permission, ResourceRef resource) {
        decider.require(actor, permission, resource);
    }

    @Override
    public List<RoleView> seedSystemRoles(Actor actor) {
        return roleUseCases.seedSystemRoles(actor);
    }

    @Override
    public RoleView createRole(Actor actor, CreateRole command) {
        return roleUseCases.create(actor, command);
    }

    @Override
    public RoleView changeRole(Actor actor, ChangeRole command) {
        return roleUseCases.change(actor, command);
    }

    @Override
    public void deleteRole(Actor actor, String roleName) {
        roleUseCases.delete(actor, roleName);
    }

    @Override
    public List<RoleView> roles(Actor actor) {
        return roleUseCases.list(actor);
    }

    @Override
    public GrantView grantRole(Actor actor, GrantRole command) {
        return grantUseCases.grant(actor, command);
    }

    @Override
    public void revokeRole(Actor actor, RevokeRole command) {
        grantUseCases.revoke(actor, command);
    }

    @Override
    public List<GrantView> grantsOf(Actor actor, MemberId member) {
        return grantUseCases.grantsOf(actor, member);
    }

    @Override
    public Actor impersonate(Actor staff, MemberId member) {
        return grantUseCases.impersonate(staff, member);
    }
}
