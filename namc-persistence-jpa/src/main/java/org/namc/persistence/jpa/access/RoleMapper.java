package org.namc.persistence.jpa.access;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.namc.access.domain.Conditions;
import org.namc.access.domain.PermissionRule;
import org.namc.access.domain.Role;
import org.namc.access.domain.RoleGrant;
import org.namc.access.domain.RoleId;
import org.namc.access.domain.SystemRole;
import org.namc.shared.authorization.Permission;
import org.namc.shared.domain.MemberId;

/** Copies between the core's roles and grants and their rows. */
final class RoleMapper {
    private RoleMapper() {
    }

    /** Needs the role's rules with their permissions and its inclusions loaded. */
    static Role toDomain(RoleJpaEntity entity) {
        Set<PermissionRule> rules = entity.rules.stream().map(r -> rule(r.permission)).collect(Collectors.toSet());
        Set<RoleId> includes = entity.includes.stream().map(RoleId::new).collect(Collectors.toSet());
        return Role.restore(new RoleId(entity.id), entity.name, entity.description, entity.system, entity.active,
                rules, includes, entity.createdAt, entity.updatedAt);
    }

    /** Everything the row holds of the role itself; rules and inclusions are the store's to reconcile. */
    static void copyInto(Role role, RoleJpaEntity entity) {
        entity.name = role.name();
        entity.description = role.description();
        entity.system = role.isSystem();
        entity.active = role.isActive();
        entity.updatedAt = role.updatedAt();
    }

    static PermissionJpaEntity newPermission(PermissionRule rule, Instant now) {
        Permission permission = rule.permission();
        Conditions c = rule.conditions();
        String text = rule.toString();
        String description = c.isNone() ? "Allows " + permission : "Allows " + permission + " when " + c.text();
        boolean seeded = Arrays.stream(SystemRole.values()).anyMatch(s -> s.rules().contains(rule));
        return new PermissionJpaEntity(text, description, permission.resource(), permission.action(),
                new ConditionsJson(c.ownOnly(), c.activeMemberOnly(), c.minTierLevel()), seeded, now);
    }

    static PermissionRule rule(PermissionJpaEntity entity) {
        ConditionsJson c = entity.conditions;
        return new PermissionRule(Permission.of(entity.resource, entity.action),
                new Conditions(c.ownOnly(), c.activeMemberOnly(), c.minTierLevel()));
    }

    static RoleGrant toDomain(RoleGrantJpaEntity entity) {
        return new RoleGrant(entity.id, new MemberId(entity.userId), new RoleId(entity.roleId),
                entity.assignedBy == null ? null : new MemberId(entity.assignedBy), entity.assignedAt,
                entity.expiresAt, entity.active);
    }

    static void copyInto(RoleGrant grant, RoleGrantJpaEntity entity) {
        entity.assignedAt = grant.assignedAt();
        entity.assignedBy = grant.assignedBy() == null ? null : grant.assignedBy().value();
        entity.expiresAt = grant.expiresAt();
        entity.active = grant.active();
    }
}
