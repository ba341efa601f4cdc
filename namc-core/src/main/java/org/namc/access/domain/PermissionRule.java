package org.namc.access.domain;

import java.util.Objects;
import org.namc.shared.authorization.Permission;
import org.namc.shared.domain.NamcException;

/**
 * One permission a role grants, with its conditions. Written as text for seeding and
 * configuration: {@code "application:withdraw own"}, {@code "project:read active-member"},
 * {@code "project:bid active-member tier>=2"}, {@code "*:*"}.
 */
public record PermissionRule(Permission permission, Conditions conditions) {
    public PermissionRule {
        Objects.requireNonNull(permission, "permission");
        Objects.requireNonNull(conditions, "conditions");
    }

    public static PermissionRule of(Permission permission) {
        return new PermissionRule(permission, Conditions.NONE);
    }

    public static PermissionRule parse(String text) {
        String[] parts = text.strip().split("\\s+");
        Permission permission = Permission.parse(parts[0]);
        boolean own = false;
        boolean active = false;
        int tier = 0;
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            if (part.equals("own")) {
                own = true;
            } else if (part.equals("active-member")) {
                active = true;
            } else if (part.matches("tier>=\\d{1,3}")) {
                tier = Integer.parseInt(part.substring("tier>=".length()));
            } else {
                throw NamcException.invalid("value", "condition",
                        "unknown condition; use own, active-member or tier>=N");
            }
        }
        return new PermissionRule(permission, new Conditions(own, active, tier));
    }

    /**
     * Whether holding this rule gives at least what {@code other} gives: its permission covers
     * the other's (wildcards included) and none of its conditions is stricter.
     */
    public boolean covers(PermissionRule other) {
        return permission.covers(other.permission) && conditions.noStricterThan(other.conditions);
    }

    @Override
    public String toString() {
        return conditions.isNone() ? permission.toString() : permission + " " + conditions.text();
    }
}
