package org.namc.persistence.jpa.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.NamcPortal;
import org.namc.access.GrantRole;
import org.namc.access.RevokeRole;
import org.namc.persistence.jpa.JpaPortal;
import org.namc.persistence.jpa.TestSchema;
import org.namc.shared.authorization.Permission;
import org.namc.shared.authorization.ResourceRef;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.testing.MutableClock;
import org.namc.testing.data.MemberBuilder;

/**
 * Two portals over one PostgreSQL schema, as two application servers: a revoke on one denies on
 * the other within the access staleness bound (one second by default), read off the shared clock.
 */
class CrossNodeRevocationTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    private static final Permission LIST_MEMBERS = Permission.of("member", "list");
    private static final ResourceRef MEMBERS = ResourceRef.any("member");

    @Test
    void aRevokeOnOneNodeDeniesOnTheOtherWithinTheBound() {
        MutableClock clock = MutableClock.at("2026-01-15T09:00:00Z");
        JpaPortal nodeA = JpaPortal.on(db, clock, NamcPortal.builder());
        JpaPortal nodeB = nodeA.anotherNode();
        MemberId staff = MemberBuilder.aMember().registerVerified(nodeA.portal().membership());
        nodeA.portal().access().grantRole(Actor.system(), new GrantRole(staff, "STAFF", null));
        clock.advance(Duration.ofSeconds(1));
        assertThat(allowedOn(nodeB, staff)).as("node B compiles and caches the grant").isTrue();

        nodeA.portal().access().revokeRole(Actor.system(), new RevokeRole(staff, "STAFF"));
        assertThat(allowedOn(nodeA, staff)).as("the revoking node denies at once").isFalse();
        clock.advance(Duration.ofSeconds(1));

        assertThat(allowedOn(nodeB, staff)).as("node B denies once the bound has passed").isFalse();
    }

    @Test
    void aDeletedMemberLosesAccessOnEveryNode() {
        MutableClock clock = MutableClock.at("2026-01-15T09:00:00Z");
        JpaPortal nodeA = JpaPortal.on(db, clock, NamcPortal.builder());
        JpaPortal nodeB = nodeA.anotherNode();
        MemberId staff = MemberBuilder.aMember().registerVerified(nodeA.portal().membership());
        nodeA.portal().access().grantRole(Actor.system(), new GrantRole(staff, "STAFF", null));
        clock.advance(Duration.ofSeconds(1));
        assertThat(allowedOn(nodeB, staff)).isTrue();

        nodeA.portal().membership().delete(Actor.system(), staff);
        clock.advance(Duration.ofSeconds(1));

        assertThat(allowedOn(nodeB, staff)).isFalse();
    }

    private static boolean allowedOn(JpaPortal node, MemberId member) {
        return node.portal().access().decide(Actor.member(member), LIST_MEMBERS, MEMBERS).isAllowed();
    }
}
