package org.namc.access.internal;

import java.time.Clock;
import java.time.Instant;
import org.namc.access.GrantView;
import org.namc.access.RoleView;
import org.namc.access.domain.PermissionRule;
import org.namc.access.domain.Role;
import org.namc.access.domain.RoleGrant;
import org.namc.access.domain.RoleId;
import org.namc.access.spi.RoleGrants;
import org.namc.access.spi.Roles;
import org.namc.membership.spi.Members;
import org.namc.shared.domain.NamcException;
import org.namc.shared.internal.CommandValidation;
import org.namc.shared.internal.UnitOfWork;
import org.namc.shared.spi.IdGenerator;

/** What the access use cases share. */
record AccessContext(Roles roles, RoleGrants grants, Members members, AccessDecider decider, UnitOfWork unitOfWork,
                     CommandValidation validation, Clock clock, IdGenerator ids) {

    static final String ROLE = "role";

    Instant now() {
        return clock.instant();
    }

    Role roleNamed(String name) {
        String normal = Role.normaliseName(name);
        return roles.findByName(normal).filter(Role::isActive)
                .orElseThrow(() -> NamcException.notFound(ROLE, normal));
    }

    RoleView view(Role role) {
        return new RoleView(role.id(), role.name(), role.description(), role.isSystem(), role.isActive(),
                role.rules().stream().map(PermissionRule::toString).sorted().toList(),
                role.includes().stream().map(this::nameOf).sorted().toList(), role.permissionsCount());
    }

    GrantView view(RoleGrant grant) {
        return new GrantView(grant.memberId(), nameOf(grant.roleId()), grant.assignedBy(), grant.assignedAt(),
                grant.expiresAt(), grant.isEffectiveAt(now()));
    }

    private String nameOf(RoleId id) {
        return roles.findById(id).map(Role::name).orElse(id.toString());
    }
}
