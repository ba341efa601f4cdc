package org.namc.access.internal;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.namc.access.domain.PermissionRule;
import org.namc.access.domain.Role;
import org.namc.access.domain.RoleGrant;
import org.namc.access.domain.RoleId;
import org.namc.access.domain.SystemRole;
import org.namc.access.spi.RoleGrants;
import org.namc.access.spi.Roles;
import org.namc.membership.spi.Members;
import org.namc.shared.domain.MemberId;

/**
 * Roles seen with their inclusions: what a role really confers, and who really holds ADMIN
 * (granted directly or through a role that includes it), whatever the roles are called.
 */
final class RoleClosure {
    private final Map<RoleId, Role> roles;

    private RoleClosure(Map<RoleId, Role> roles) {
        this.roles = roles;
    }

    static RoleClosure of(Roles store) {
        return new RoleClosure(store.all().stream().filter(Role::isActive)
                .collect(Collectors.toUnmodifiableMap(Role::id, Function.identity())));
    }

    /** The role and every active role it includes, transitively. */
    Set<Role> closure(Role role) {
        Set<Role> seen = new LinkedHashSet<>();
        Set<RoleId> visited = new HashSet<>();
        Deque<RoleId> pending = new ArrayDeque<>();
        pending.add(role.id());
        while (!pending.isEmpty()) {
            RoleId next = pending.poll();
            Role found = next.equals(role.id()) ? role : roles.get(next);
            if (found != null && visited.add(next)) {
                seen.add(found);
                pending.addAll(found.includes());
            }
        }
        return seen;
    }

    /** Every rule a grant of {@code role} confers. */
    Set<PermissionRule> rulesOf(Role role) {
        Set<PermissionRule> rules = new LinkedHashSet<>();
        closure(role).forEach(r -> rules.addAll(r.rules()));
        return rules;
    }

    boolean confersAdmin(Role role) {
        return closure(role).stream().anyMatch(r -> r.isSystem() && r.name().equals(SystemRole.ADMIN.name()));
    }

    /** The members that hold ADMIN now, leaving out the grant {@code except} (the one about to go). */
    Set<MemberId> administrators(RoleGrants grants, Members members, Instant now, RoleGrant except) {
        Set<MemberId> holders = new HashSet<>();
        for (Role role : roles.values()) {
            if (!confersAdmin(role)) {
                continue;
            }
            for (RoleGrant grant : grants.activeForRole(role.id())) {
                if (grant.isEffectiveAt(now) && !grant.id().equals(except.id())
                        && members.findById(grant.memberId()).isPresent()) {
                    holders.add(grant.memberId());
                }
            }
        }
        return holders;
    }

    /** As {@link #administrators}, leaving out every grant of {@code member} instead. */
    Set<MemberId> administratorsBesides(RoleGrants grants, Members members, Instant now, MemberId member) {
        Set<MemberId> holders = new HashSet<>();
        for (Role role : roles.values()) {
            if (confersAdmin(role)) {
                grants.activeForRole(role.id()).stream()
                        .filter(g -> g.isEffectiveAt(now) && !g.memberId().equals(member))
                        .filter(g -> members.findById(g.memberId()).isPresent())
                        .forEach(g -> holders.add(g.memberId()));
            }
        }
        return holders;
    }
}
