package org.namc.access.internal;

import org.namc.shared.domain.CommonRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.namc.access.internal.AccessFixtures.POLICY;
import static org.namc.access.internal.AccessFixtures.activeMember;
import static org.namc.access.internal.AccessFixtures.grant;
import static org.namc.access.internal.AccessFixtures.memberId;
import static org.namc.access.internal.AccessFixtures.role;
import static org.namc.access.internal.AccessFixtures.roleId;
import static org.namc.access.internal.AccessFixtures.rules;
import static org.namc.access.internal.AccessFixtures.unverifiedMember;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.namc.access.domain.PermissionRule;
import org.namc.access.domain.Role;
import org.namc.access.domain.RoleId;
import org.namc.access.domain.SystemRole;
import org.namc.access.domain.TierAccess;
import org.namc.membership.domain.Member;
import org.namc.membership.domain.MemberType;
import org.namc.shared.authorization.Decision;
import org.namc.shared.authorization.Permission;
import org.namc.shared.authorization.ResourceRef;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;

class AccessDeciderTest {
    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

    private final FakeRoles roles = new FakeRoles();
    private final FakeRoleGrants grants = new FakeRoleGrants();
    private final FakeMembers members = new FakeMembers();
    private final FakeTierPermissions tiers = new FakeTierPermissions();
    private final MutableClock clock = new MutableClock(T0);
    private final AccessDecider decider = new AccessDecider(roles, grants, tiers, members, clock, POLICY);

    private final MemberId adaId = memberId(1);
    private final MemberId bobId = memberId(2);
    private Member ada;

    @BeforeEach
    void registerAda() {
        ada = members.save(activeMember(adaId, "ada", null, T0));
        members.save(activeMember(bobId, "bob", null, T0));
    }

    private Decision decide(MemberId who, String permission, ResourceRef resource) {
        return decider.decide(Actor.member(who), Permission.parse(permission), resource);
    }

    private Decision decide(MemberId who, String permission) {
        return decide(who, permission, ResourceRef.any(Permission.parse(permission).resource()));
    }

    private RoleId saveRole(long n, String name, Set<RoleId> includes, String... ruleTexts) {
        RoleId id = roleId(n);
        roles.save(role(id, name, rules(ruleTexts), includes, T0));
        return id;
    }

    @Nested
    class DenyByDefault {

        @Test
        void aMemberWithoutRolesIsDeniedWithAReasonNamingThePermission() {
            Decision decision = decide(adaId, "invoice:refund");

            assertThat(decision.isAllowed()).isFalse();
            assertThat(decision).isInstanceOf(Decision.Denied.class);
            assertThat(decision.reason()).contains("invoice:refund");
        }

        @Test
        void anAnonymousVisitorWithoutAGuestRoleIsDenied() {
            Decision decision = decider.decide(Actor.anonymous(), Permission.parse("member:register"),
                    ResourceRef.any("member"));

            assertThat(decision.isAllowed()).isFalse();
            assertThat(decision.reason()).contains("member:register");
        }

        @Test
        void requireThrowsForbiddenWithTheReason() {
            assertThatThrownBy(() -> decider.require(Actor.member(adaId), Permission.parse("invoice:refund"),
                    ResourceRef.any("invoice")))
                    .isInstanceOfSatisfying(NamcException.class, e -> {
                        assertThat(e.reason()).isEqualTo(CommonRefusal.PERMISSION_DENIED);
                        assertThat(e.getMessage()).contains("invoice:refund");
                    });
        }

        @Test
        void anUnknownMemberHoldsNoGrantsEvenIfTheStoreHasSome() {
            MemberId ghost = memberId(99);
            RoleId lead = saveRole(1, "LEAD", Set.of(), "project:publish");
            grants.save(grant(1, ghost, lead, T0, null));

            assertThat(decide(ghost, "project:publish").isAllowed()).isFalse();
        }
    }

    @Nested
    class SystemActor {

        @Test
        void theSystemActorIsAlwaysAllowedEvenWithNoRolesAtAll() {
            Decision decision = decider.decide(Actor.system(), Permission.parse("role:grant"), ResourceRef.any("role"));

            assertThat(decision.isAllowed()).isTrue();
            assertThat(decision.reason()).isNotBlank();
        }

        @Test
        void theSystemActorIsAllowedOnSomeoneElsesResources() {
            assertThat(decider.decide(Actor.system(), Permission.parse("member:delete"),
                    ResourceRef.member(adaId)).isAllowed()).isTrue();
        }
    }

    @Nested
    class ImplicitRoles {

        @BeforeEach
        void seed() {
            AccessFixtures.seedSystemRoles(roles, T0);
        }

        @Test
        void anAnonymousVisitorGetsTheGuestRules() {
            for (PermissionRule rule : SystemRole.GUEST.rules()) {
                Permission p = rule.permission();
                assertThat(decider.decide(Actor.anonymous(), p, ResourceRef.any(p.resource())).isAllowed())
                        .as(p.toString()).isTrue();
            }
        }

        @Test
        void anAnonymousVisitorGetsNothingBeyondTheGuestRules() {
            Actor anonymous = Actor.anonymous();

            assertThat(decider.decide(anonymous, Permission.parse("course:read"), ResourceRef.any("course"))
                    .isAllowed()).as("MEMBER's unconditional course:read").isFalse();
            assertThat(decider.decide(anonymous, Permission.parse("project:read"), ResourceRef.any("project"))
                    .isAllowed()).isFalse();
            assertThat(decider.decide(anonymous, Permission.parse("member:read"), ResourceRef.member(adaId))
                    .isAllowed()).isFalse();
            assertThat(decider.decide(anonymous, Permission.parse("invoice:read"), ResourceRef.any("invoice"))
                    .isAllowed()).as("FINANCE's invoice:*").isFalse();
            assertThat(decider.decide(anonymous, Permission.parse("audit:read"), ResourceRef.any("audit"))
                    .isAllowed()).as("ADMIN's *:*").isFalse();
        }

        @Test
        void aMemberAlsoGetsTheGuestRules() {
            assertThat(decide(adaId, "course:read-catalogue").isAllowed()).isTrue();
        }

        @Test
        void aMemberImplicitlyHoldsMemberAndMayUpdateTheirOwnAccount() {
            Decision decision = decide(adaId, "member:update", ResourceRef.member(adaId));

            assertThat(decision.isAllowed()).isTrue();
            assertThat(decision.reason()).contains("MEMBER");
        }

        @Test
        void aMemberMayNotUpdateAnotherMembersAccountAndIsToldItIsAboutOwnership() {
            Decision decision = decide(adaId, "member:update", ResourceRef.member(bobId));

            assertThat(decision.isAllowed()).isFalse();
            assertThat(decision.reason()).contains("own");
        }

        @Test
        void anOwnRuleDoesNotApplyToAResourceWithoutOwner() {
            assertThat(decide(adaId, "member:update", ResourceRef.any("member")).isAllowed()).isFalse();
        }

        @Test
        void aMemberDoesNotImplicitlyHoldStaffRoles() {
            assertThat(decide(adaId, "project:create").isAllowed()).isFalse();
            assertThat(decide(adaId, "invoice:read", ResourceRef.owned("invoice", 7, bobId)).isAllowed()).isFalse();
        }

        @Test
        void activeMemberRulesAllowWhileTheMembershipIsInGoodStanding() {
            clock.set(T0.plus(Duration.ofDays(1)));

            assertThat(decide(adaId, "project:read").isAllowed()).isTrue();
        }

        @Test
        void activeMemberRulesStopAllowingOnceTheMembershipLapsesByTheClockAlone() {
            Instant expires = ada.membership().expiresAt();
            Instant graceEnds = expires.plus(POLICY.grace());
            clock.set(T0.plus(Duration.ofDays(1)));
            assertThat(decide(adaId, "project:read").isAllowed()).isTrue();

            clock.set(expires.plus(Duration.ofDays(1)));
            assertThat(decide(adaId, "project:read").isAllowed()).as("still in grace").isTrue();
            clock.set(graceEnds.minusNanos(1));
            assertThat(decide(adaId, "project:read").isAllowed()).as("last instant of grace").isTrue();

            clock.set(graceEnds);
            Decision lapsed = decide(adaId, "project:read");
            assertThat(lapsed.isAllowed()).as("lapsed").isFalse();
            assertThat(lapsed.reason()).contains("good standing").contains("LAPSED");
        }

        @Test
        void unconditionalMemberRulesSurviveALapsedMembership() {
            clock.set(ada.membership().expiresAt().plus(Duration.ofDays(400)));

            assertThat(decide(adaId, "course:read").isAllowed()).isTrue();
            assertThat(decide(adaId, "member:cancel", ResourceRef.member(adaId)).isAllowed()).isTrue();
        }

        @Test
        void aMemberWhoHasNotVerifiedTheirEmailIsNotInGoodStanding() {
            MemberId carol = memberId(3);
            members.save(unverifiedMember(carol, "carol", T0));

            assertThat(decide(carol, "project:read").isAllowed()).isFalse();
            assertThat(decide(carol, "course:read").isAllowed()).isTrue();
        }

        @Test
        void aCancelledMembershipLosesActiveMemberRulesOnceTheSubjectChanged() {
            Member cancelled = ada.withMembership(ada.membership().cancelledAt(T0.plusSeconds(60)), T0.plusSeconds(60));
            assertThat(decide(adaId, "project:read").isAllowed()).isTrue();

            members.save(cancelled);
            decider.subjectChanged(adaId);
            clock.set(T0.plusSeconds(60));

            assertThat(decide(adaId, "project:read").isAllowed()).isFalse();
        }
    }

    @Nested
    class Grants {

        @Test
        void aGrantedRoleAllowsAndTheReasonNamesTheRoleAndTheGrant() {
            RoleId lead = saveRole(1, "project lead", Set.of(), "project:publish");
            grants.save(grant(1, adaId, lead, T0, null));

            Decision decision = decide(adaId, "project:publish");

            assertThat(decision.isAllowed()).isTrue();
            assertThat(decision).isInstanceOf(Decision.Allowed.class);
            assertThat(decision.reason()).contains("PROJECT_LEAD").contains("grant").contains("project:publish");
        }

        @Test
        void aGrantToSomeoneElseDoesNotAllow() {
            RoleId lead = saveRole(1, "LEAD", Set.of(), "project:publish");
            grants.save(grant(1, bobId, lead, T0, null));

            assertThat(decide(adaId, "project:publish").isAllowed()).isFalse();
            assertThat(decide(bobId, "project:publish").isAllowed()).isTrue();
        }

        @Test
        void aRevokedGrantDoesNotAllow() {
            RoleId lead = saveRole(1, "LEAD", Set.of(), "project:publish");
            grants.save(grant(1, adaId, lead, T0, null).revoked());

            assertThat(decide(adaId, "project:publish").isAllowed()).isFalse();
        }

        @Test
        void aGrantOfADeactivatedRoleDoesNotAllow() {
            RoleId lead = saveRole(1, "LEAD", Set.of(), "project:publish");
            roles.save(roles.snapshot().get(0).deactivated(T0));
            grants.save(grant(1, adaId, lead, T0, null));

            assertThat(decide(adaId, "project:publish").isAllowed()).isFalse();
        }

        @Test
        void aGrantExpiringAtTAllowsAMillisecondBeforeAndDeniesAtTWithoutAnyInvalidation() {
            Instant t = T0.plus(Duration.ofDays(10));
            RoleId lead = saveRole(1, "LEAD", Set.of(), "project:publish");
            grants.save(grant(1, adaId, lead, T0, t));

            clock.set(t.minusMillis(1));
            Decision before = decide(adaId, "project:publish");
            clock.set(t);
            Decision at = decide(adaId, "project:publish");
            clock.set(t.plus(Duration.ofDays(1)));
            Decision after = decide(adaId, "project:publish");

            assertThat(before.isAllowed()).isTrue();
            assertThat(before.reason()).contains("LEAD").contains("until " + t);
            assertThat(at.isAllowed()).isFalse();
            assertThat(at.reason()).contains("expired").contains(t.toString());
            assertThat(after.isAllowed()).isFalse();
        }

        @Test
        void anExpiredGrantOfAnIncludingRoleAlsoExpiresWhatItIncludes() {
            Instant t = T0.plus(Duration.ofDays(10));
            RoleId base = saveRole(1, "BASE", Set.of(), "course:publish");
            RoleId lead = saveRole(2, "LEAD", Set.of(base));
            grants.save(grant(1, adaId, lead, T0, t));

            clock.set(t.minusMillis(1));
            assertThat(decide(adaId, "course:publish").isAllowed()).isTrue();
            clock.set(t);
            assertThat(decide(adaId, "course:publish").isAllowed()).isFalse();
        }

        @Test
        void anExpiredGrantDoesNotHideAnotherUnexpiredGrantOfTheSamePermission() {
            Instant t = T0.plus(Duration.ofDays(10));
            RoleId shortLived = saveRole(1, "SHORT", Set.of(), "project:publish");
            RoleId longLived = saveRole(2, "LONG", Set.of(), "project:publish");
            grants.save(grant(1, adaId, shortLived, T0, t));
            grants.save(grant(2, adaId, longLived, T0, t.plus(Duration.ofDays(5))));

            clock.set(t);
            Decision decision = decide(adaId, "project:publish");

            assertThat(decision.isAllowed()).isTrue();
            assertThat(decision.reason()).contains("LONG");
        }

        @Test
        void inheritanceAllowsTheRuleOfARoleIncludedTwoLevelsDownAndSaysByWhom() {
            RoleId c = saveRole(3, "ROLE_C", Set.of(), "course:publish");
            RoleId b = saveRole(2, "ROLE_B", Set.of(c), "course:update");
            RoleId a = saveRole(1, "ROLE_A", Set.of(b), "course:create");
            grants.save(grant(1, adaId, a, T0, null));

            Decision decision = decide(adaId, "course:publish");

            assertThat(decision.isAllowed()).isTrue();
            assertThat(decision.reason()).contains("ROLE_C").contains("included by ROLE_A").contains("grant");
            assertThat(decide(adaId, "course:update").isAllowed()).isTrue();
            assertThat(decide(adaId, "course:create").isAllowed()).isTrue();
        }

        @Test
        void inclusionWorksDownwardsOnly() {
            RoleId c = saveRole(3, "ROLE_C", Set.of(), "course:publish");
            RoleId b = saveRole(2, "ROLE_B", Set.of(c), "course:update");
            saveRole(1, "ROLE_A", Set.of(b), "course:create");
            grants.save(grant(1, adaId, b, T0, null));

            assertThat(decide(adaId, "course:publish").isAllowed()).isTrue();
            assertThat(decide(adaId, "course:update").isAllowed()).isTrue();
            assertThat(decide(adaId, "course:create").isAllowed()).isFalse();
        }

        @Test
        void aDeactivatedIncludedRoleContributesNothing() {
            RoleId c = saveRole(3, "ROLE_C", Set.of(), "course:publish");
            RoleId a = saveRole(1, "ROLE_A", Set.of(c), "course:create");
            Role cRole = roles.snapshot().stream().filter(r -> r.id().equals(c)).findFirst().orElseThrow();
            roles.save(cRole.deactivated(T0));
            grants.save(grant(1, adaId, a, T0, null));

            assertThat(decide(adaId, "course:create").isAllowed()).isTrue();
            assertThat(decide(adaId, "course:publish").isAllowed()).isFalse();
        }

        @Test
        void mutuallyIncludingRolesDoNotLoopForever() {
            RoleId a = roleId(1);
            RoleId b = roleId(2);
            roles.save(role(a, "ROLE_A", rules("course:create"), Set.of(b), T0));
            roles.save(role(b, "ROLE_B", rules("course:update"), Set.of(a), T0));
            grants.save(grant(1, adaId, a, T0, null));

            assertThat(decide(adaId, "course:update").isAllowed()).isTrue();
            assertThat(decide(adaId, "course:delete").isAllowed()).isFalse();
        }

        @Test
        void anActionWildcardCoversEveryActionOfItsResourceOnly() {
            RoleId billing = saveRole(1, "BILLING", Set.of(), "invoice:*");
            grants.save(grant(1, adaId, billing, T0, null));

            assertThat(decide(adaId, "invoice:read").isAllowed()).isTrue();
            assertThat(decide(adaId, "invoice:refund").isAllowed()).isTrue();
            assertThat(decide(adaId, "payment:create").isAllowed()).isFalse();
        }

        @Test
        void aResourceWildcardCoversItsActionOnEveryResource() {
            RoleId reader = saveRole(1, "READER", Set.of(), "*:read");
            grants.save(grant(1, adaId, reader, T0, null));

            assertThat(decide(adaId, "invoice:read").isAllowed()).isTrue();
            assertThat(decide(adaId, "audit:read").isAllowed()).isTrue();
            assertThat(decide(adaId, "audit:delete").isAllowed()).isFalse();
        }

        @Test
        void theDoubleWildcardCoversEverything() {
            RoleId root = saveRole(1, "ROOT", Set.of(), "*:*");
            grants.save(grant(1, adaId, root, T0, null));

            assertThat(decide(adaId, "anything:goes").isAllowed()).isTrue();
            assertThat(decide(adaId, "member:delete", ResourceRef.member(bobId)).isAllowed()).isTrue();
        }

        @Test
        void aWildcardRuleKeepsItsConditions() {
            RoleId mine = saveRole(1, "MINE", Set.of(), "*:* own");
            grants.save(grant(1, adaId, mine, T0, null));

            assertThat(decide(adaId, "invoice:refund", ResourceRef.owned("invoice", 1, adaId)).isAllowed()).isTrue();
            assertThat(decide(adaId, "invoice:refund", ResourceRef.owned("invoice", 2, bobId)).isAllowed()).isFalse();
        }

        @Test
        void aConditionalAlternativeThatFailsDoesNotHideAnUnconditionalOne() {
            RoleId own = saveRole(1, "OWNER_ONLY", Set.of(), "project:update own");
            RoleId any = saveRole(2, "EVERYONE", Set.of(), "project:*");
            grants.save(grant(1, adaId, own, T0, null));
            grants.save(grant(2, adaId, any, T0, null));

            assertThat(decide(adaId, "project:update", ResourceRef.owned("project", 5, bobId)).isAllowed()).isTrue();
        }
    }

    @Nested
    class Tiers {

        @BeforeEach
        void tiers() {
            tiers.put(new TierAccess("GOLD", 2, rules("project:feature")));
            tiers.put(new TierAccess("SILVER", 1, rules("project:highlight own")));
        }

        private void setTier(MemberId id, String tier) {
            Member member = members.peek(id).orElseThrow();
            members.save(member.withMembership(member.membership().withTier(MemberType.REGULAR, tier), T0));
            decider.subjectChanged(id);
        }

        @Test
        void aTiersRulesAreHeldByItsMembersAndTheReasonNamesTheTier() {
            setTier(adaId, "GOLD");

            Decision decision = decide(adaId, "project:feature");

            assertThat(decision.isAllowed()).isTrue();
            assertThat(decision.reason()).contains("GOLD");
            assertThat(decide(bobId, "project:feature").isAllowed()).isFalse();
        }

        @Test
        void tierRulesKeepTheirConditions() {
            setTier(adaId, "SILVER");

            assertThat(decide(adaId, "project:highlight", ResourceRef.owned("project", 1, adaId)).isAllowed())
                    .isTrue();
            assertThat(decide(adaId, "project:highlight", ResourceRef.owned("project", 1, bobId)).isAllowed())
                    .isFalse();
        }

        @Test
        void aTierConditionComparesAgainstTheTiersPriorityLevel() {
            RoleId bidder = saveRole(1, "BIDDER", Set.of(), "project:bid tier>=2");
            grants.save(grant(1, adaId, bidder, T0, null));
            grants.save(grant(2, bobId, bidder, T0, null));
            setTier(adaId, "GOLD");
            setTier(bobId, "SILVER");

            assertThat(decide(adaId, "project:bid").isAllowed()).as("GOLD is level 2").isTrue();
            Decision silver = decide(bobId, "project:bid");
            assertThat(silver.isAllowed()).as("SILVER is level 1").isFalse();
            assertThat(silver.reason()).contains("tier level 2").contains("1");
        }

        @Test
        void aMemberWithoutTierOrWithAnUnknownTierIsAtLevelZero() {
            RoleId bidder = saveRole(1, "BIDDER", Set.of(), "project:bid tier>=1");
            grants.save(grant(1, adaId, bidder, T0, null));
            grants.save(grant(2, bobId, bidder, T0, null));
            setTier(bobId, "PLATINUM_UNKNOWN");

            assertThat(decide(adaId, "project:bid").isAllowed()).isFalse();
            assertThat(decide(bobId, "project:bid").isAllowed()).isFalse();
        }

        @Test
        void aTierChangeTakesEffectAfterTheSubjectChanged() {
            RoleId bidder = saveRole(1, "BIDDER", Set.of(), "project:bid tier>=2");
            grants.save(grant(1, adaId, bidder, T0, null));
            setTier(adaId, "SILVER");
            assertThat(decide(adaId, "project:bid").isAllowed()).isFalse();

            Member member = members.peek(adaId).orElseThrow();
            members.save(member.withMembership(member.membership().withTier(MemberType.REGULAR, "GOLD"), T0));
            assertThat(decide(adaId, "project:bid").isAllowed()).as("cached until told").isFalse();

            decider.subjectChanged(adaId);
            assertThat(decide(adaId, "project:bid").isAllowed()).isTrue();
        }
    }

    @Nested
    class CacheInvalidation {

        @Test
        void aGrantSavedBehindTheDecidersBackTakesEffectOnlyAfterTheSubjectChanged() {
            RoleId lead = saveRole(1, "LEAD", Set.of(), "project:publish");
            assertThat(decide(adaId, "project:publish").isAllowed()).isFalse();

            grants.save(grant(1, adaId, lead, T0, null));
            assertThat(decide(adaId, "project:publish").isAllowed()).as("still the cached decision").isFalse();

            decider.subjectChanged(adaId);
            assertThat(decide(adaId, "project:publish").isAllowed()).isTrue();
        }

        @Test
        void aRevocationTakesEffectAfterTheSubjectChanged() {
            RoleId lead = saveRole(1, "LEAD", Set.of(), "project:publish");
            grants.save(grant(1, adaId, lead, T0, null));
            assertThat(decide(adaId, "project:publish").isAllowed()).isTrue();

            grants.save(grant(1, adaId, lead, T0, null).revoked());
            decider.subjectChanged(adaId);

            assertThat(decide(adaId, "project:publish").isAllowed()).isFalse();
        }

        @Test
        void invalidatingOneSubjectLeavesAnothersCacheAlone() {
            RoleId lead = saveRole(1, "LEAD", Set.of(), "project:publish");
            assertThat(decide(adaId, "project:publish").isAllowed()).isFalse();
            assertThat(decide(bobId, "project:publish").isAllowed()).isFalse();

            grants.save(grant(1, adaId, lead, T0, null));
            grants.save(grant(2, bobId, lead, T0, null));
            decider.subjectChanged(adaId);

            assertThat(decide(adaId, "project:publish").isAllowed()).isTrue();
            assertThat(decide(bobId, "project:publish").isAllowed()).as("bob's entry is still cached").isFalse();
        }

        @Test
        void aRolesNewRuleTakesEffectOnlyAfterRolesChanged() {
            RoleId lead = saveRole(1, "LEAD", Set.of(), "project:publish");
            grants.save(grant(1, adaId, lead, T0, null));
            assertThat(decide(adaId, "project:close").isAllowed()).isFalse();

            Role current = roles.snapshot().get(0);
            Set<PermissionRule> more = new HashSet<>(current.rules());
            more.add(PermissionRule.parse("project:close"));
            roles.save(current.changed(current.description(), more, current.includes(), T0));
            assertThat(decide(adaId, "project:close").isAllowed()).as("still the compiled rules").isFalse();

            decider.rolesChanged();
            assertThat(decide(adaId, "project:close").isAllowed()).isTrue();
        }

        @Test
        void rolesChangedAlsoRefreshesTheGuestRules() {
            AccessFixtures.seedSystemRoles(roles, T0);
            Actor anonymous = Actor.anonymous();
            Permission faq = Permission.parse("faq:read");
            assertThat(decider.decide(anonymous, faq, ResourceRef.any("faq")).isAllowed()).isFalse();

            Role guest = roles.snapshot().stream().filter(r -> r.name().equals("GUEST")).findFirst().orElseThrow();
            Set<PermissionRule> more = new HashSet<>(guest.rules());
            more.add(PermissionRule.parse("faq:read"));
            roles.save(guest.changed(guest.description(), more, guest.includes(), T0));
            decider.rolesChanged();

            assertThat(decider.decide(anonymous, faq, ResourceRef.any("faq")).isAllowed()).isTrue();
            assertThat(decide(adaId, "faq:read").isAllowed()).as("members hold GUEST too").isTrue();
        }

        @Test
        void aNewlyIncludedRoleTakesEffectAfterRolesChanged() {
            RoleId extra = saveRole(2, "EXTRA", Set.of(), "invoice:read");
            RoleId lead = saveRole(1, "LEAD", Set.of(), "project:publish");
            grants.save(grant(1, adaId, lead, T0, null));
            assertThat(decide(adaId, "invoice:read").isAllowed()).isFalse();

            Role current = roles.snapshot().stream().filter(r -> r.id().equals(lead)).findFirst().orElseThrow();
            roles.save(current.changed(current.description(), current.rules(), Set.of(extra), T0));
            decider.rolesChanged();

            assertThat(decide(adaId, "invoice:read").isAllowed()).isTrue();
        }

        @Test
        void aDeactivatedRoleStopsAllowingAfterRolesChanged() {
            RoleId lead = saveRole(1, "LEAD", Set.of(), "project:publish");
            grants.save(grant(1, adaId, lead, T0, null));
            assertThat(decide(adaId, "project:publish").isAllowed()).isTrue();

            roles.save(roles.snapshot().get(0).deactivated(T0));
            decider.rolesChanged();

            assertThat(decide(adaId, "project:publish").isAllowed()).isFalse();
        }
    }
}
