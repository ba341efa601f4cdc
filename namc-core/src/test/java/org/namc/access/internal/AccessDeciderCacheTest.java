package org.namc.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.access.internal.AccessFixtures.POLICY;
import static org.namc.access.internal.AccessFixtures.activeMember;
import static org.namc.access.internal.AccessFixtures.grant;
import static org.namc.access.internal.AccessFixtures.memberId;
import static org.namc.access.internal.AccessFixtures.role;
import static org.namc.access.internal.AccessFixtures.roleId;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.namc.access.domain.PermissionRule;
import org.namc.access.domain.RoleId;
import org.namc.access.domain.TierAccess;
import org.namc.shared.authorization.Decision;
import org.namc.shared.authorization.Permission;
import org.namc.shared.authorization.ResourceRef;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;

/** Decisions come from the compiled, cached permissions: the stores are read once per subject. */
class AccessDeciderCacheTest {
    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

    private final FakeRoles roles = new FakeRoles();
    private final FakeRoleGrants grants = new FakeRoleGrants();
    private final FakeMembers members = new FakeMembers();
    private final FakeTierPermissions tiers = new FakeTierPermissions();
    private final MutableClock clock = new MutableClock(T0);
    private final AccessDecider decider = new AccessDecider(roles, grants, tiers, members, clock, POLICY);
    private final MemberId ada = memberId(1);

    /** Ten roles of ten rules each, all granted to Ada; role 9 holds the one rule asked about. */
    private void tenRolesOfTenRulesEach() {
        members.save(activeMember(ada, "ada", "GOLD", T0));
        tiers.put(new TierAccess("GOLD", 2, Set.of()));
        for (int r = 0; r < 10; r++) {
            Set<PermissionRule> rules = new HashSet<>();
            for (int i = 0; i < 10; i++) {
                rules.add(PermissionRule.parse("res" + r + ":act" + i + (i % 2 == 0 ? " active-member" : " own")));
            }
            RoleId id = roleId(r);
            roles.save(role(id, "ROLE_" + r, rules, Set.of(), T0));
            grants.save(grant(r, ada, id, T0, null));
        }
    }

    @Test
    void aThousandIdenticalDecisionsReadEachStoreOnlyOnce() {
        tenRolesOfTenRulesEach();
        assertThat(roles.snapshot().stream().mapToInt(r -> r.permissionsCount()).sum()).isEqualTo(100);
        Permission permission = Permission.parse("res9:act4");
        ResourceRef resource = ResourceRef.any("res9");

        for (int i = 0; i < 1_000; i++) {
            clock.set(T0.plusSeconds(i));
            Decision decision = decider.decide(Actor.member(ada), permission, resource);
            assertThat(decision.isAllowed()).isTrue();
        }

        assertThat(roles.reads()).as("Roles reads").isEqualTo(1);
        assertThat(grants.reads()).as("RoleGrants reads").isEqualTo(1);
        assertThat(members.reads()).as("Members reads").isEqualTo(1);
    }

    @Test
    void deniedAndVariedRequestsAreServedFromTheSameCompiledEntry() {
        tenRolesOfTenRulesEach();
        MemberId bob = memberId(2);

        for (int i = 0; i < 1_000; i++) {
            int r = i % 10;
            int a = (i / 10) % 10;
            Permission permission = Permission.parse("res" + r + ":act" + a);
            boolean ownRule = a % 2 == 1;
            ResourceRef resource = ResourceRef.owned("res" + r, i, i % 3 == 0 ? bob : ada);
            boolean expected = !ownRule || i % 3 != 0;
            assertThat(decider.decide(Actor.member(ada), permission, resource).isAllowed())
                    .as("%s on %s", permission, resource).isEqualTo(expected);
            assertThat(decider.decide(Actor.member(ada), Permission.parse("nothing:here"), resource).isAllowed())
                    .isFalse();
        }

        assertThat(roles.reads()).as("Roles reads").isEqualTo(1);
        assertThat(grants.reads()).as("RoleGrants reads").isEqualTo(1);
        assertThat(members.reads()).as("Members reads").isEqualTo(1);
    }

    @Test
    void subjectChangedRecompilesThatSubjectOnceButKeepsTheRoleSnapshot() {
        tenRolesOfTenRulesEach();
        Permission permission = Permission.parse("res9:act4");
        ResourceRef resource = ResourceRef.any("res9");
        decider.decide(Actor.member(ada), permission, resource);

        decider.subjectChanged(ada);
        for (int i = 0; i < 100; i++) {
            decider.decide(Actor.member(ada), permission, resource);
        }

        assertThat(roles.reads()).as("Roles reads").isEqualTo(1);
        assertThat(grants.reads()).as("RoleGrants reads").isEqualTo(2);
        assertThat(members.reads()).as("Members reads").isEqualTo(2);
    }

    @Test
    void rolesChangedRereadsTheRolesOnce() {
        tenRolesOfTenRulesEach();
        Permission permission = Permission.parse("res9:act4");
        ResourceRef resource = ResourceRef.any("res9");
        decider.decide(Actor.member(ada), permission, resource);

        decider.rolesChanged();
        for (int i = 0; i < 100; i++) {
            decider.decide(Actor.member(ada), permission, resource);
        }

        assertThat(roles.reads()).as("Roles reads").isEqualTo(2);
        assertThat(grants.reads()).as("RoleGrants reads").isEqualTo(2);
        assertThat(members.reads()).as("Members reads").isEqualTo(2);
    }

    @Test
    void anonymousDecisionsAreCompiledOnceToo() {
        tenRolesOfTenRulesEach();
        for (int i = 0; i < 1_000; i++) {
            decider.decide(Actor.anonymous(), Permission.parse("member:register"), ResourceRef.any("member"));
        }

        assertThat(roles.reads()).isEqualTo(1);
        assertThat(grants.reads()).isZero();
        assertThat(members.reads()).isZero();
    }
}
