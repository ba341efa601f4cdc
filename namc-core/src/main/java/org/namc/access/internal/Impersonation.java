package org.namc.access.internal;

import java.util.Map;
import java.util.Set;
import org.namc.shared.authorization.Decision;
import org.namc.shared.authorization.Permission;
import org.namc.shared.domain.Actor;

/**
 * What staff may not do while acting as a member, whatever either one's roles say: change
 * roles or grants, touch account security (password, second factor, recovery codes, tokens),
 * rotate keys or administer the audit trail. Every decision taken for an impersonated actor
 * names both members.
 */
final class Impersonation {
    /** Per resource, the actions denied while impersonating ({@code *}: all); roles allow reading only. */
    private static final Map<String, Set<String>> DENIED = Map.of(
            "member", Set.of("manage-security", "reset-security", "impersonate", "unlock", "delete", "extend"),
            "secret", Set.of(Permission.ANY),
            "token", Set.of(Permission.ANY),
            "audit", Set.of("archive", "anchor", "administer"));

    private Impersonation() {
    }

    static boolean isDenied(Permission permission) {
        if (permission.resource().equals("role")) {
            return !permission.action().equals("read");
        }
        Set<String> actions = DENIED.get(permission.resource());
        return actions != null && (actions.contains(Permission.ANY) || actions.contains(permission.action()));
    }

    static Decision restrict(Actor actor, Permission permission, Decision decision) {
        String who = " (" + actor + ")";
        if (isDenied(permission)) {
            return new Decision.Denied(permission + " is never allowed while impersonating" + who);
        }
        return decision.isAllowed() ? new Decision.Allowed(decision.reason() + who)
                : new Decision.Denied(decision.reason() + who);
    }
}
