package org.namc.access.internal;

import org.namc.access.domain.AccessRefusal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.namc.access.ChangeRole;
import org.namc.access.CreateRole;
import org.namc.access.RoleView;
import org.namc.access.domain.PermissionRule;
import org.namc.access.domain.Role;
import org.namc.access.domain.RoleId;
import org.namc.access.domain.SystemRole;
import org.namc.shared.authorization.Permission;
import org.namc.shared.authorization.ResourceRef;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Violations;

/** Seeding, creating, changing and deleting roles. Every change makes compiled permissions stale. */
final class RoleUseCases {
    private static final ResourceRef ROLES = ResourceRef.any(AccessContext.ROLE);

    private final AccessContext ctx;

    RoleUseCases(AccessContext ctx) {
        this.ctx = ctx;
    }

    List<RoleView> seedSystemRoles(Actor actor) {
        return ctx.unitOfWork().execute(actor, "role.seed", AccessContext.ROLE, scope -> {
            ctx.decider().require(actor, Permission.of("role", "create"), ROLES);
            List<RoleView> created = new ArrayList<>();
            for (SystemRole system : SystemRole.values()) {
                if (ctx.roles().findByName(system.name()).isEmpty()) {
                    Role role = Role.create(new RoleId(ctx.ids().newId()), system.name(), system.description(), true,
                            system.rules(), Set.of(), ctx.now());
                    ctx.roles().save(role);
                    scope.changed("role." + role.name(), null, rulesText(role.rules()));
                    created.add(ctx.view(role));
                }
            }
            ctx.decider().recordChange();
            scope.afterCommit(ctx.decider()::rolesChanged);
            return created;
        });
    }

    RoleView create(Actor actor, CreateRole command) {
        Violations violations = Violations.collect();
        String name = command.name() == null ? null : violations.capture("name", () -> Role.normaliseName(command.name()));
        violations.required(command.name(), "name").notBlank(command.description(), "description", 500);
        Set<PermissionRule> rules = parseRules(command.rules(), violations);
        violations.required(command.includes(), "includes");
        ctx.validation().validate(command, violations);
        return ctx.unitOfWork().execute(actor, "role.create", AccessContext.ROLE, scope -> {
            ctx.decider().require(actor, Permission.of("role", "create"), ROLES);
            if (SystemRole.isSystemRoleName(name) || ctx.roles().findByName(name).isPresent()) {
                throw NamcException.refused(AccessRefusal.ROLE_NAME_TAKEN, "a role named " + name + " already exists");
            }
            Role role = Role.create(new RoleId(ctx.ids().newId()), name, command.description().strip(), false, rules,
                    resolveIncludes(command.includes()), ctx.now());
            ctx.roles().save(role);
            scope.resource(role.id()).changed("name", null, name).changed("rules", null, rulesText(rules))
                    .changed("includes", null, command.includes());
            ctx.decider().recordChange();
            scope.afterCommit(ctx.decider()::rolesChanged);
            return ctx.view(role);
        });
    }

    RoleView change(Actor actor, ChangeRole command) {
        Violations violations = Violations.collect().notBlank(command.name(), "name", 50)
                .notBlank(command.description(), "description", 500).required(command.includes(), "includes");
        Set<PermissionRule> rules = parseRules(command.rules(), violations);
        ctx.validation().validate(command, violations);
        return ctx.unitOfWork().execute(actor, "role.change", AccessContext.ROLE, scope -> {
            Role role = ctx.roleNamed(command.name());
            scope.resource(role.id());
            ctx.decider().require(actor, Permission.of("role", "update"), ResourceRef.owned("role", role.id(), null));
            Set<RoleId> includes = resolveIncludes(command.includes());
            requireNoCycle(role.id(), includes);
            Role changed = role.changed(command.description().strip(), rules, includes, ctx.now());
            ctx.roles().save(changed);
            scope.changed("description", role.description(), changed.description())
                    .changed("rules", rulesText(role.rules()), rulesText(changed.rules()))
                    .changed("includes", role.includes(), changed.includes());
            ctx.decider().recordChange();
            scope.afterCommit(ctx.decider()::rolesChanged);
            return ctx.view(changed);
        });
    }

    void delete(Actor actor, String roleName) {
        Violations.collect().notBlank(roleName, "roleName", 50).throwIfAny();
        ctx.unitOfWork().execute(actor, "role.delete", AccessContext.ROLE, scope -> {
            Role role = ctx.roleNamed(roleName);
            scope.resource(role.id());
            ctx.decider().require(actor, Permission.of("role", "delete"), ResourceRef.owned("role", role.id(), null));
            ctx.roles().save(role.deactivated(ctx.now()));
            ctx.grants().activeForRole(role.id()).forEach(g -> ctx.grants().save(g.revoked()));
            scope.changed("active", true, false);
            ctx.decider().recordChange();
            scope.afterCommit(ctx.decider()::rolesChanged);
            return null;
        });
    }

    List<RoleView> list(Actor actor) {
        ctx.decider().require(actor, Permission.of("role", "read"), ROLES);
        return ctx.roles().all().stream().filter(Role::isActive).map(ctx::view).toList();
    }

    private static Set<PermissionRule> parseRules(List<String> texts, Violations violations) {
        Set<PermissionRule> rules = new LinkedHashSet<>();
        if (texts == null) {
            violations.required(null, "rules");
            return rules;
        }
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            PermissionRule rule = violations.capture("rules[" + i + "]", () -> PermissionRule.parse(text));
            if (rule != null) {
                rules.add(rule);
            }
        }
        return rules;
    }

    private Set<RoleId> resolveIncludes(List<String> names) {
        Set<RoleId> ids = new LinkedHashSet<>();
        for (String name : names) {
            ids.add(ctx.roleNamed(name).id());
        }
        return ids;
    }

    /** Inclusion must stay acyclic: none of the included roles may (transitively) include {@code role}. */
    private void requireNoCycle(RoleId role, Set<RoleId> includes) {
        Deque<RoleId> pending = new ArrayDeque<>(includes);
        Set<RoleId> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            RoleId next = pending.poll();
            if (next.equals(role)) {
                throw NamcException.invalid("includes", "acyclic", "including these roles would make a cycle");
            }
            if (seen.add(next)) {
                ctx.roles().findById(next).ifPresent(r -> pending.addAll(r.includes()));
            }
        }
    }

    private static List<String> rulesText(Set<PermissionRule> rules) {
        return rules.stream().map(PermissionRule::toString).sorted().toList();
    }
}
