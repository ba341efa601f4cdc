package org.namc.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.access.internal.AccessFixtures.POLICY;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.jspecify.annotations.Nullable;
import org.namc.access.domain.Conditions;
import org.namc.access.domain.PermissionRule;
import org.namc.access.domain.Role;
import org.namc.access.domain.RoleGrant;
import org.namc.access.domain.RoleId;
import org.namc.access.domain.TierAccess;
import org.namc.membership.domain.Member;
import org.namc.shared.authorization.Decision;
import org.namc.shared.authorization.Permission;
import org.namc.shared.authorization.ResourceRef;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;

/**
 * The invariants of access decisions, checked against a slow reference evaluator that walks
 * every held role and inclusion on each request instead of using the compiled index.
 */
class AccessDeciderProperties {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final String[] RESOURCES = {"project", "invoice", "course", Permission.ANY};
    private static final String[] ACTIONS = {"read", "update", "publish", Permission.ANY};
    /** Requested resources: the rule vocabulary plus one only wildcards can reach. */
    private static final List<String> REQUESTED_RESOURCES = List.of("project", "invoice", "course", "event");
    private static final List<String> REQUESTED_ACTIONS = List.of("read", "update", "publish");
    private static final String TIER = "TIER_X";
    private static final String UNKNOWN_TIER = "TIER_UNKNOWN";
    /** Interesting offsets from T0, in days: inside the term, notice window, expiry, grace, lapse. */
    private static final List<Long> GRID_DAYS = List.of(0L, 1L, 10L, 100L, 335L, 365L, 380L, 395L, 400L, 800L);

    // ---------------------------------------------------------------- scenario model

    record RuleSpec(int resource, int action, boolean own, boolean activeMember, int tier) {
        PermissionRule rule() {
            return new PermissionRule(Permission.of(RESOURCES[resource], ACTIONS[action]),
                    new Conditions(own, activeMember, tier));
        }

        @Override
        public String toString() {
            return rule().toString();
        }
    }

    record RoleSpec(List<RuleSpec> rules, List<Integer> includes, boolean active) {
    }

    record GrantSpec(int role, @Nullable Long expiresAtMillis, boolean active) {
    }

    enum Standing { ACTIVE, UNVERIFIED, CANCELLED }

    /**
     * @param tierLevel -2 no tier code, -1 a tier code the catalogue does not know, else the tier's priority level
     * @param implicitRoles whether roles 0 and 1 are named MEMBER and GUEST (and so held implicitly)
     */
    record Scenario(List<RoleSpec> roles, List<GrantSpec> grants, boolean implicitRoles, int tierLevel,
                    List<RuleSpec> tierRules, Standing standing, List<Long> nowMillis, int revokePick) {
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<List<RoleSpec>> roles = roleSpec().list().ofMinSize(2).ofMaxSize(8);
        Arbitrary<List<GrantSpec>> grants = Combinators.combine(Arbitraries.integers().between(0, 7),
                        instant().injectNull(0.35), Arbitraries.frequency(Tuple.of(9, true), Tuple.of(1, false)))
                .as(GrantSpec::new).list().ofMaxSize(6);
        Arbitrary<Integer> tierLevel = Arbitraries.frequency(Tuple.of(3, -2), Tuple.of(1, -1), Tuple.of(1, 0),
                Tuple.of(2, 1), Tuple.of(2, 2), Tuple.of(1, 3));
        return Combinators.combine(roles, grants, Arbitraries.of(true, false), tierLevel,
                        ruleSpec().list().ofMaxSize(2),
                        Arbitraries.frequency(Tuple.of(6, Standing.ACTIVE), Tuple.of(1, Standing.UNVERIFIED),
                                Tuple.of(1, Standing.CANCELLED)),
                        instant().list().ofMinSize(1).ofMaxSize(4), Arbitraries.integers().between(0, 63))
                .as(Scenario::new);
    }

    private static Arbitrary<RuleSpec> ruleSpec() {
        Arbitrary<Integer> resource = Arbitraries.frequency(Tuple.of(4, 0), Tuple.of(4, 1), Tuple.of(4, 2),
                Tuple.of(1, 3));
        Arbitrary<Integer> action = Arbitraries.frequency(Tuple.of(4, 0), Tuple.of(4, 1), Tuple.of(4, 2),
                Tuple.of(1, 3));
        Arbitrary<Boolean> sometimes = Arbitraries.frequency(Tuple.of(7, false), Tuple.of(3, true));
        Arbitrary<Integer> tier = Arbitraries.frequency(Tuple.of(7, 0), Tuple.of(1, 1), Tuple.of(1, 2),
                Tuple.of(1, 3));
        return Combinators.combine(resource, action, sometimes, sometimes, tier).as(RuleSpec::new);
    }

    private static Arbitrary<RoleSpec> roleSpec() {
        return Combinators.combine(ruleSpec().list().ofMaxSize(4),
                        Arbitraries.integers().between(0, 7).list().ofMaxSize(3),
                        Arbitraries.frequency(Tuple.of(9, true), Tuple.of(1, false)))
                .as(RoleSpec::new);
    }

    /** Milliseconds after T0: grid points, a millisecond before them, or anywhere in two years. */
    private static Arbitrary<Long> instant() {
        Arbitrary<Long> grid = Arbitraries.of(GRID_DAYS).map(d -> Duration.ofDays(d).toMillis());
        return Arbitraries.oneOf(grid, grid.map(ms -> Math.max(0, ms - 1)),
                Arbitraries.longs().between(0, Duration.ofDays(800).toMillis()));
    }

    // ---------------------------------------------------------------- the world built from a scenario

    private static final class World {
        final FakeRoles roles = new FakeRoles();
        final FakeRoleGrants grants = new FakeRoleGrants();
        final FakeMembers members = new FakeMembers();
        final FakeTierPermissions tiers = new FakeTierPermissions();
        final MutableClock clock = new MutableClock(T0);
        final AccessDecider decider = new AccessDecider(roles, grants, tiers, members, clock, POLICY);
        final MemberId me = AccessFixtures.memberId(1);
        final MemberId other = AccessFixtures.memberId(2);
        final List<RoleId> roleIds = new ArrayList<>();

        World(Scenario s) {
            int n = s.roles().size();
            for (int i = 0; i < n; i++) {
                roleIds.add(AccessFixtures.roleId(i));
            }
            for (int i = 0; i < n; i++) {
                RoleSpec spec = s.roles().get(i);
                Set<PermissionRule> rules = new HashSet<>();
                spec.rules().forEach(r -> rules.add(r.rule()));
                Set<RoleId> includes = new HashSet<>();
                for (int j : spec.includes()) {
                    if (j < i) {
                        includes.add(roleIds.get(j));
                    }
                }
                String name = s.implicitRoles() && i == 0 ? "MEMBER"
                        : s.implicitRoles() && i == 1 ? "GUEST" : "ROLE_" + i;
                Role role = Role.create(roleIds.get(i), name, "generated", false, rules, includes, T0);
                roles.save(spec.active() ? role : role.deactivated(T0));
            }

            String tierCode = s.tierLevel() == -2 ? null : s.tierLevel() == -1 ? UNKNOWN_TIER : TIER;
            if (s.tierLevel() >= 0) {
                Set<PermissionRule> tierRules = new HashSet<>();
                s.tierRules().forEach(r -> tierRules.add(r.rule()));
                tiers.put(new TierAccess(TIER, s.tierLevel(), tierRules));
            }
            Member mine = switch (s.standing()) {
                case ACTIVE -> AccessFixtures.activeMember(me, "me", tierCode, T0);
                case UNVERIFIED -> AccessFixtures.unverifiedMember(me, "me", T0)
                        .withMembership(AccessFixtures.unverifiedMember(me, "me", T0).membership()
                                .withTier(org.namc.membership.domain.MemberType.REGULAR, tierCode), T0);
                case CANCELLED -> {
                    Member active = AccessFixtures.activeMember(me, "me", tierCode, T0);
                    Instant at = T0.plus(Duration.ofDays(100));
                    yield active.withMembership(active.membership().cancelledAt(at), at);
                }
            };
            members.save(mine);
            members.save(AccessFixtures.activeMember(other, "other", null, T0));

            long g = 0;
            for (GrantSpec spec : s.grants()) {
                RoleId role = roleIds.get(spec.role() % n);
                Instant expires = spec.expiresAtMillis() == null ? null : T0.plusMillis(spec.expiresAtMillis());
                grants.save(new RoleGrant(AccessFixtures.grantId(g++), me, role, null, T0, expires, spec.active()));
            }
            // The other member holds the last role for good; it must never leak to me.
            grants.save(new RoleGrant(AccessFixtures.grantId(g), other, roleIds.get(n - 1), null, T0, null, true));
        }

        List<Actor> actors() {
            return List.of(Actor.member(me), Actor.member(other), Actor.anonymous());
        }

        List<ResourceRef> resourcesOf(String type) {
            return List.of(ResourceRef.owned(type, 1, me), ResourceRef.owned(type, 2, other), ResourceRef.any(type));
        }

        /** The slow reference: walk every held role and inclusion for this one request. */
        boolean referenceAllows(Actor actor, Permission requested, ResourceRef resource, Instant now) {
            MemberId subject = actor.memberId();
            Member member = subject == null ? null : members.peek(subject).orElse(null);
            Map<RoleId, Role> byId = new HashMap<>();
            Map<String, Role> byName = new HashMap<>();
            for (Role r : roles.snapshot()) {
                byId.put(r.id(), r);
                byName.put(r.name(), r);
            }
            List<Role> held = new ArrayList<>();
            Optional.ofNullable(byName.get("GUEST")).ifPresent(held::add);
            TierAccess tier = null;
            if (member != null) {
                Optional.ofNullable(byName.get("MEMBER")).ifPresent(held::add);
                for (RoleGrant grant : grants.snapshot()) {
                    boolean unexpired = grant.expiresAt() == null || now.isBefore(grant.expiresAt());
                    if (grant.memberId().equals(subject) && grant.active() && unexpired) {
                        Optional.ofNullable(byId.get(grant.roleId())).ifPresent(held::add);
                    }
                }
                String code = member.membership().tier();
                tier = code == null ? null : tiers.forTier(code).orElse(null);
            }
            int tierLevel = tier == null ? 0 : tier.priorityLevel();
            boolean inGoodStanding = member != null && member.statusAt(now, POLICY).isInGoodStanding();
            for (Role role : held) {
                if (walk(role, byId, new LinkedHashSet<>(), requested, resource, subject, inGoodStanding,
                        tierLevel)) {
                    return true;
                }
            }
            if (tier != null) {
                for (PermissionRule rule : tier.rules()) {
                    if (applies(rule, requested, resource, subject, inGoodStanding, tierLevel)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static boolean walk(Role role, Map<RoleId, Role> byId, Set<RoleId> visited, Permission requested,
                                    ResourceRef resource, @Nullable MemberId subject, boolean inGoodStanding,
                                    int tierLevel) {
            if (!role.isActive() || !visited.add(role.id())) {
                return false;
            }
            for (PermissionRule rule : role.rules()) {
                if (applies(rule, requested, resource, subject, inGoodStanding, tierLevel)) {
                    return true;
                }
            }
            for (RoleId included : role.includes()) {
                Role next = byId.get(included);
                if (next != null
                        && walk(next, byId, visited, requested, resource, subject, inGoodStanding, tierLevel)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean applies(PermissionRule rule, Permission requested, ResourceRef resource,
                                       @Nullable MemberId subject, boolean inGoodStanding, int tierLevel) {
            String r = rule.permission().resource();
            String a = rule.permission().action();
            boolean covers = (r.equals("*") || r.equals(requested.resource()))
                    && (a.equals("*") || a.equals(requested.action()));
            Conditions c = rule.conditions();
            return covers
                    && (!c.ownOnly() || (subject != null && subject.equals(resource.owner())))
                    && (!c.activeMemberOnly() || inGoodStanding)
                    && c.minTierLevel() <= tierLevel;
        }
    }

    private static Instant at(long millis) {
        return T0.plusMillis(millis);
    }

    // ---------------------------------------------------------------- properties

    @Property(tries = 400)
    void aDecisionNeverAllowsWhatNoHeldUnexpiredGrantPermits(@ForAll("scenarios") Scenario s) {
        World w = new World(s);
        // One decider for every instant: expiry and lapse must be judged at decision time,
        // never baked into the cached compilation.
        for (long millis : s.nowMillis()) {
            Instant now = at(millis);
            w.clock.set(now);
            for (Actor actor : w.actors()) {
                for (String type : REQUESTED_RESOURCES) {
                    for (String action : REQUESTED_ACTIONS) {
                        Permission p = Permission.of(type, action);
                        for (ResourceRef resource : w.resourcesOf(type)) {
                            Decision decision = w.decider.decide(actor, p, resource);
                            boolean expected = w.referenceAllows(actor, p, resource, now);
                            assertThat(decision.isAllowed())
                                    .as("%s %s on %s at %s (reason: %s)", actor, p, resource, now,
                                            decision.reason())
                                    .isEqualTo(expected);
                        }
                    }
                }
            }
        }
    }

    @Property(tries = 400)
    void revokingAGrantNeverWidensAccess(@ForAll("scenarios") Scenario s) {
        World w = new World(s);
        Actor me = Actor.member(w.me);
        List<RoleGrant> mine = w.grants.snapshot().stream()
                .filter(g -> g.memberId().equals(w.me) && g.active()).toList();
        if (mine.isEmpty()) {
            return;
        }
        RoleGrant revoked = mine.get(s.revokePick() % mine.size());

        Map<String, Boolean> before = new HashMap<>();
        for (long millis : s.nowMillis()) {
            w.clock.set(at(millis));
            forEachRequest(w, (key, p, resource) -> before.put(millis + key, w.decider.decide(me, p, resource)
                    .isAllowed()));
        }

        w.grants.save(revoked.revoked());
        w.decider.subjectChanged(w.me);

        for (long millis : s.nowMillis()) {
            Instant now = at(millis);
            w.clock.set(now);
            forEachRequest(w, (key, p, resource) -> {
                Decision after = w.decider.decide(me, p, resource);
                if (after.isAllowed()) {
                    assertThat(before.get(millis + key))
                            .as("%s on %s at %s allowed only after revoking %s (reason: %s)", p, resource, now,
                                    revoked.roleId(), after.reason())
                            .isTrue();
                }
                assertThat(after.isAllowed())
                        .as("after revoking, %s on %s at %s agrees with the reference (reason: %s)", p, resource,
                                now, after.reason())
                        .isEqualTo(w.referenceAllows(me, p, resource, now));
            });
        }
    }

    private interface RequestVisitor {
        void visit(String key, Permission permission, ResourceRef resource);
    }

    private static void forEachRequest(World w, RequestVisitor visitor) {
        for (String type : REQUESTED_RESOURCES) {
            for (String action : REQUESTED_ACTIONS) {
                Permission p = Permission.of(type, action);
                List<ResourceRef> resources = w.resourcesOf(type);
                for (int i = 0; i < resources.size(); i++) {
                    visitor.visit("|" + p + "|" + i, p, resources.get(i));
                }
            }
        }
    }
}
