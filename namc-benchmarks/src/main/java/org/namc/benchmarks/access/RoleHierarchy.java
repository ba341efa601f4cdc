package org.namc.benchmarks.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.casbin.jcasbin.main.Enforcer;
import org.casbin.jcasbin.model.Model;
import org.namc.access.AccessApi;
import org.namc.access.CreateRole;
import org.namc.access.GrantRole;
import org.namc.benchmarks.SeededMembers;
import org.namc.shared.authorization.Permission;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.testing.inmemory.InMemoryPortal;

/**
 * The access-control state B1 decides on, built once in both systems: 500 permissions
 * ({@code res<r>:act<a>}, 50 resources × 10 actions), 50 roles in 5 tiers (each role grants its
 * own 10 permissions and includes two roles of the tier below), and 10,000 members holding one
 * or two roles each. In jCasbin: the RBAC model with role inheritance, one policy per rule,
 * one grouping per grant and per inclusion.
 */
final class RoleHierarchy {
    static final int TIERS = 5;
    static final int ROLES_PER_TIER = 10;
    static final int RESOURCES = 50;
    static final int ACTIONS = 10;
    private static final String MODEL = """
            [request_definition]
            r = sub, obj, act
            [policy_definition]
            p = sub, obj, act
            [role_definition]
            g = _, _
            [policy_effect]
            e = some(where (p.eft == allow))
            [matchers]
            m = g(r.sub, p.sub) && r.obj == p.obj && r.act == p.act
            """;

    final List<MemberId> members;
    final List<Permission> permissions = new ArrayList<>();
    private final List<String[]> policies = new ArrayList<>();
    private final List<String[]> groupings = new ArrayList<>();

    RoleHierarchy(InMemoryPortal portal, int memberCount) {
        for (int r = 0; r < RESOURCES; r++) {
            for (int a = 0; a < ACTIONS; a++) {
                permissions.add(Permission.of("res" + r, "act" + a));
            }
        }
        AccessApi access = portal.portal().access();
        for (int tier = 0; tier < TIERS; tier++) {
            for (int j = 0; j < ROLES_PER_TIER; j++) {
                String role = role(tier, j);
                List<String> rules = new ArrayList<>();
                for (int k = 0; k < 10; k++) {
                    Permission p = permissions.get((tier * ROLES_PER_TIER + j) * 10 + k);
                    rules.add(p.toString());
                    policies.add(new String[] {role, p.resource(), p.action()});
                }
                List<String> includes = tier == 0 ? List.of()
                        : List.of(role(tier - 1, j), role(tier - 1, (j + 1) % ROLES_PER_TIER));
                includes.forEach(included -> groupings.add(new String[] {role, included}));
                access.createRole(Actor.system(), new CreateRole(role, "Benchmark role " + role, rules, includes));
            }
        }
        members = SeededMembers.seed(portal, memberCount, 11, (i, m) -> m);
        Random random = new Random(12);
        for (MemberId member : members) {
            int held = 1 + random.nextInt(2);
            for (int g = 0; g < held; g++) {
                String role = role(random.nextInt(TIERS), random.nextInt(ROLES_PER_TIER));
                access.grantRole(Actor.system(), new GrantRole(member, role, null));
                groupings.add(new String[] {member.toString(), role});
            }
        }
    }

    static String role(int tier, int index) {
        return "T" + tier + "_R" + index;
    }

    /** Loads the same roles, rules and grants into {@code enforcer}, which starts empty. */
    <E extends Enforcer> E load(E enforcer) {
        enforcer.addPolicies(policies.toArray(new String[0][]));
        enforcer.addGroupingPolicies(groupings.toArray(new String[0][]));
        return enforcer;
    }

    static Model model() {
        return Model.newModelFromString(MODEL);
    }
}
