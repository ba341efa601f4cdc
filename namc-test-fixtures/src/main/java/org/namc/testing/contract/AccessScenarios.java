package org.namc.testing.contract;

import org.namc.shared.domain.CommonRefusal;
import org.namc.access.domain.AccessRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;
import static org.namc.testing.data.MemberBuilder.aMember;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.namc.NamcPortal;
import org.namc.NamcPortalBuilder;
import org.namc.access.AccessApi;
import org.namc.access.ChangeRole;
import org.namc.access.CreateRole;
import org.namc.access.GrantRole;
import org.namc.billing.ExtendMembership;
import org.namc.access.RevokeRole;
import org.namc.access.RoleView;
import org.namc.membership.MembershipApi;
import org.namc.shared.authorization.Decision;
import org.namc.shared.authorization.Permission;
import org.namc.shared.authorization.ResourceRef;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.AuditRecord;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.testing.MutableClock;
import org.namc.testing.PortalFixture;

/**
 * Access-control stories through {@link NamcPortal}: grants that expire, roles that include
 * others, escalation guards, impersonation. The fixture's portal has its system roles seeded.
 */
public abstract class AccessScenarios {
    private static final Permission PUBLISH = Permission.of("project", "publish");

    protected PortalFixture fixture;
    protected AccessApi access;
    protected MembershipApi membership;
    protected MutableClock clock;

    protected abstract PortalFixture newPortal(NamcPortalBuilder settings);

    @BeforeEach
    void startPortal() {
        fixture = newPortal(NamcPortal.builder());
        access = fixture.portal().access();
        membership = fixture.portal().membership();
        clock = fixture.clock();
    }

    private MemberId member() {
        return aMember().registerVerified(membership);
    }

    private static ResourceRef projectOf(MemberId owner) {
        return ResourceRef.owned("project", "p-1", owner);
    }

    @Test
    void aMemberIsDeniedThenGrantedThenDeniedAgainWhenTheGrantExpires() {
        MemberId maria = member();
        Actor actor = Actor.member(maria);
        Decision before = access.decide(actor, PUBLISH, projectOf(maria));
        assertThat(before.isAllowed()).isFalse();
        assertThat(before.reason()).contains("no role held grants project:publish");

        Instant until = clock.instant().plus(Duration.ofDays(7));
        access.grantRole(Actor.system(), new GrantRole(maria, "PROJECT_OWNER", until));
        Decision granted = access.decide(actor, PUBLISH, projectOf(maria));
        assertThat(granted.isAllowed()).isTrue();
        assertThat(granted.reason()).contains("PROJECT_OWNER", "grant", until.toString());
        assertThat(access.decide(actor, PUBLISH, projectOf(member())).isAllowed()).isFalse();

        clock.set(until.minusMillis(1));
        assertThat(access.decide(actor, PUBLISH, projectOf(maria)).isAllowed()).isTrue();
        clock.set(until);
        Decision expired = access.decide(actor, PUBLISH, projectOf(maria));
        assertThat(expired.isAllowed()).isFalse();
        assertThat(expired.reason()).contains("expired");
    }

    @Test
    void revokingAGrantTakesEffectAtOnce() {
        MemberId maria = member();
        access.grantRole(Actor.system(), new GrantRole(maria, "MODERATOR", null));
        assertThat(access.decide(Actor.member(maria), Permission.of("message", "moderate"),
                ResourceRef.any("message")).isAllowed()).isTrue();

        access.revokeRole(Actor.system(), new RevokeRole(maria, "MODERATOR"));

        assertThat(access.decide(Actor.member(maria), Permission.of("message", "moderate"),
                ResourceRef.any("message")).isAllowed()).isFalse();
        assertThat(access.grantsOf(Actor.member(maria), maria)).isEmpty();
    }

    @Test
    void membersCannotGrantThemselvesRolesAndStaffCannotMakeAdmins() {
        MemberId maria = member();
        assertThatNamcException(() -> access.grantRole(Actor.member(maria), new GrantRole(maria, "STAFF", null)))
                .hasReason(CommonRefusal.PERMISSION_DENIED);
        assertThat(access.grantsOf(Actor.system(), maria)).isEmpty();

        MemberId staff = member();
        access.grantRole(Actor.system(), new GrantRole(staff, "STAFF", null));
        access.grantRole(Actor.member(staff), new GrantRole(maria, "PROJECT_OWNER", null));
        assertThatNamcException(() -> access.grantRole(Actor.member(staff), new GrantRole(maria, "ADMIN", null)))
                .hasReason(AccessRefusal.GRANT_EXCEEDS_HOLDINGS);
        // MODERATOR confers message:read, which STAFF does not hold: no one grants more than they hold.
        assertThatNamcException(() -> access.grantRole(Actor.member(staff), new GrantRole(maria, "MODERATOR", null)))
                .hasReason(AccessRefusal.GRANT_EXCEEDS_HOLDINGS);
        assertThat(access.grantsOf(Actor.system(), maria)).extracting(g -> g.roleName())
                .containsExactly("PROJECT_OWNER");
    }

    @Test
    void aCustomRoleGrantsWhatItsIncludedRolesGrant() {
        access.createRole(Actor.system(), new CreateRole("Bid Reviewer", "Reviews bids",
                List.of("application:review own"), List.of("MODERATOR")));
        MemberId maria = member();
        access.grantRole(Actor.system(), new GrantRole(maria, "BID_REVIEWER", null));

        Decision viaInclusion = access.decide(Actor.member(maria), Permission.of("message", "moderate"),
                ResourceRef.any("message"));
        assertThat(viaInclusion.isAllowed()).isTrue();
        assertThat(viaInclusion.reason()).contains("MODERATOR included by BID_REVIEWER");
    }

    @Test
    void inclusionCyclesAreRefused() {
        access.createRole(Actor.system(), new CreateRole("ALPHA", "a", List.of("course:read"), List.of()));
        access.createRole(Actor.system(), new CreateRole("BETA", "b", List.of("event:read"), List.of("ALPHA")));

        assertThatNamcException(() -> access.changeRole(Actor.system(),
                new ChangeRole("ALPHA", "a", List.of("course:read"), List.of("BETA"))))
                .hasViolation("includes", "acyclic");
    }

    @Test
    void systemRolesStayButCustomRolesCanGoAndTheirGrantsWithThem() {
        assertThatNamcException(() -> access.deleteRole(Actor.system(), "MEMBER")).hasReason(AccessRefusal.SYSTEM_ROLE_PROTECTED);
        assertThatNamcException(() -> access.changeRole(Actor.system(),
                new ChangeRole("MODERATOR", "stripped", List.of(), List.of()))).hasReason(AccessRefusal.SYSTEM_ROLE_PROTECTED);

        access.createRole(Actor.system(), new CreateRole("TEMP_AUDITOR", "t", List.of("audit:read"), List.of()));
        MemberId maria = member();
        access.grantRole(Actor.system(), new GrantRole(maria, "TEMP_AUDITOR", null));
        access.deleteRole(Actor.system(), "TEMP_AUDITOR");

        assertThat(access.decide(Actor.member(maria), Permission.of("audit", "read"), ResourceRef.any("audit"))
                .isAllowed()).isFalse();
        assertThat(access.roles(Actor.system())).extracting(RoleView::name).doesNotContain("TEMP_AUDITOR");
    }

    @Test
    void seedingTwiceChangesNothing() {
        assertThat(access.seedSystemRoles(Actor.system())).isEmpty();
        assertThat(access.roles(Actor.system())).extracting(RoleView::name).containsExactlyInAnyOrder(
                "ADMIN", "STAFF", "MEMBER", "INSTRUCTOR", "PROJECT_OWNER", "MODERATOR", "FINANCE", "GUEST");
        assertThat(access.roles(Actor.system())).allSatisfy(r ->
                assertThat(r.permissionsCount()).isEqualTo(r.rules().size()));
    }

    @Test
    void roleChangesAreAuditedWithOldAndNewValues() {
        access.createRole(Actor.system(), new CreateRole("TRAINER", "t", List.of("course:read"), List.of()));
        access.changeRole(Actor.system(), new ChangeRole("TRAINER", "t", List.of("course:read", "course:grade"),
                List.of()));

        AuditRecord change = fixture.auditRecords().stream().filter(r -> r.action().equals("role.change"))
                .findFirst().orElseThrow();
        assertThat(change.changes().get("rules").before()).isEqualTo("[course:read]");
        assertThat(change.changes().get("rules").after()).isEqualTo("[course:grade, course:read]");
    }

    @Test
    void membershipRulesStopWhenTheMembershipLapses() {
        MemberId maria = member();
        Permission read = Permission.of("project", "read");
        assertThat(access.decide(Actor.member(maria), read, ResourceRef.any("project")).isAllowed()).isTrue();

        clock.set(membership.find(Actor.system(), maria).membership().expiresAt().plus(Duration.ofDays(31)));

        Decision lapsed = access.decide(Actor.member(maria), read, ResourceRef.any("project"));
        assertThat(lapsed.isAllowed()).isFalse();
        assertThat(lapsed.reason()).contains("good standing", "LAPSED");
        fixture.portal().billing().extendMembership(Actor.system(), new ExtendMembership(maria, 365, "board decision"));
        assertThat(access.decide(Actor.member(maria), read, ResourceRef.any("project")).isAllowed()).isTrue();
    }

    @Test
    void impersonationIsForStaffAndIsRecordedOnEveryAuditEntry() {
        MemberId maria = member();
        MemberId staff = member();
        assertThatNamcException(() -> access.impersonate(Actor.member(maria), staff)).hasReason(CommonRefusal.PERMISSION_DENIED);
        access.grantRole(Actor.system(), new GrantRole(staff, "STAFF", null));

        Actor asMaria = access.impersonate(Actor.member(staff), maria);
        membership.cancel(asMaria, maria);

        AuditRecord renewal = fixture.auditRecords().stream().filter(r -> r.action().equals("member.cancel"))
                .findFirst().orElseThrow();
        assertThat(renewal.actor().memberId()).isEqualTo(maria);
        assertThat(renewal.actor().impersonatedBy()).isEqualTo(staff);
    }

    @Test
    void badGrantsAndRulesNameTheirFields() {
        MemberId maria = member();
        assertThatNamcException(() -> access.grantRole(Actor.system(),
                new GrantRole(maria, "MODERATOR", clock.instant().minusSeconds(1)))).hasViolation("expiresAt", "future");
        assertThatNamcException(() -> access.createRole(Actor.system(), new CreateRole("X1", "x",
                List.of("course:read", "not a rule"), List.of()))).hasViolationOn("rules[1]");
        assertThatNamcException(() -> access.grantRole(Actor.system(), new GrantRole(maria, "NO_SUCH_ROLE", null)))
                .hasCode(ErrorCode.NOT_FOUND);
    }
}
