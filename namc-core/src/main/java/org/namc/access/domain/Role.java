package org.namc.access.domain;

import org.namc.shared.domain.ViolationRule;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.namc.shared.domain.NamcException;

/**
 * A named set of permission rules that may include other roles. System roles are seeded by
 * the library and can be extended but neither deleted nor stripped of their seeded rules.
 * {@link #permissionsCount()} is derived, so it is always true.
 */
public final class Role {
    private final RoleId id;
    private final String name;
    private final String description;
    private final boolean system;
    private final boolean active;
    private final Set<PermissionRule> rules;
    private final Set<RoleId> includes;
    private final Instant createdAt;
    private final Instant updatedAt;

    private Role(RoleId id, String name, String description, boolean system, boolean active,
                 Set<PermissionRule> rules, Set<RoleId> includes, Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = normaliseName(name);
        this.description = Objects.requireNonNull(description, "description");
        this.system = system;
        this.active = active;
        this.rules = Set.copyOf(rules);
        this.includes = Set.copyOf(includes);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        if (this.includes.contains(id)) {
            throw NamcException.invalid("includes", "acyclic", "a role cannot include itself");
        }
    }

    public static Role create(RoleId id, String name, String description, boolean system, Set<PermissionRule> rules,
                              Set<RoleId> includes, Instant now) {
        return new Role(id, name, description, system, true, rules, includes, now, now);
    }

    public static Role restore(RoleId id, String name, String description, boolean system, boolean active,
                               Set<PermissionRule> rules, Set<RoleId> includes, Instant createdAt, Instant updatedAt) {
        return new Role(id, name, description, system, active, rules, includes, createdAt, updatedAt);
    }

    /** Role names are upper case with underscores, like the system roles. */
    public static String normaliseName(String name) {
        String normal = name.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        if (!normal.matches("[A-Z][A-Z0-9_]{1,49}")) {
            throw NamcException.invalid("name", ViolationRule.FORMAT, "must be 2 to 50 letters, digits or underscores");
        }
        return normal;
    }

    public Role changed(String newDescription, Set<PermissionRule> newRules, Set<RoleId> newIncludes, Instant now) {
        if (system) {
            SystemRole seeded = SystemRole.valueOf(name);
            if (!newRules.containsAll(seeded.rules())) {
                throw NamcException.refused(AccessRefusal.SYSTEM_ROLE_PROTECTED, "system role " + name + " cannot lose its seeded permissions");
            }
        }
        return new Role(id, name, newDescription, system, active, newRules, newIncludes, createdAt, now);
    }

    public Role deactivated(Instant now) {
        if (system) {
            throw NamcException.refused(AccessRefusal.SYSTEM_ROLE_PROTECTED, "system role " + name + " cannot be deleted");
        }
        return new Role(id, name, description, system, false, rules, includes, createdAt, now);
    }

    public int permissionsCount() {
        return rules.size();
    }

    public RoleId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public boolean isSystem() {
        return system;
    }

    public boolean isActive() {
        return active;
    }

    public Set<PermissionRule> rules() {
        return rules;
    }

    public Set<RoleId> includes() {
        return includes;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Role other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Role[" + name + ", " + rules.size() + " rules]";
    }
}
