package org.namc.access.internal;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.namc.access.domain.PermissionRule;
import org.namc.access.domain.Role;
import org.namc.access.domain.RoleGrant;
import org.namc.access.domain.RoleId;
import org.namc.access.domain.TierAccess;

/**
 * Flattens what a subject holds — explicit grants, the implicit roles every member or
 * visitor has, and their tier — through role inclusions into a list of alternatives, each
 * remembering its source so a decision can say why.
 */
final class PermissionCompiler {
    private PermissionCompiler() {
    }

    /** A role held, and on what terms. */
    record Holding(RoleId role, String how, @Nullable Instant expiresAt) {
        static Holding of(RoleGrant grant) {
            return new Holding(grant.roleId(), "grant", grant.expiresAt());
        }

        static Holding implicit(RoleId role, String why) {
            return new Holding(role, why, null);
        }
    }

    static List<Alternative> alternatives(List<Holding> holdings, @Nullable TierAccess tier, Map<RoleId, Role> roles) {
        List<Alternative> result = new ArrayList<>();
        for (Holding holding : holdings) {
            Role held = roles.get(holding.role());
            if (held == null || !held.isActive()) {
                continue;
            }
            String until = holding.expiresAt() == null ? "" : " until " + holding.expiresAt();
            Set<RoleId> seen = new HashSet<>();
            Deque<Role> pending = new ArrayDeque<>();
            pending.add(held);
            while (!pending.isEmpty()) {
                Role role = pending.poll();
                if (!seen.add(role.id()) || !role.isActive()) {
                    continue;
                }
                String source = role == held
                        ? "role " + held.name() + " (" + holding.how() + until + ")"
                        : "role " + role.name() + " included by " + held.name() + " (" + holding.how() + until + ")";
                for (PermissionRule rule : role.rules()) {
                    result.add(Alternative.of(rule, source, holding.expiresAt()));
                }
                for (RoleId included : role.includes()) {
                    Role next = roles.get(included);
                    if (next != null) {
                        pending.add(next);
                    }
                }
            }
        }
        if (tier != null) {
            for (PermissionRule rule : tier.rules()) {
                result.add(Alternative.of(rule, "tier " + tier.tier(), null));
            }
        }
        return result;
    }
}
