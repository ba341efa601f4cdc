package org.namc.access.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.namc.shared.domain.MemberId;

class RoleGrantTest {
    private static final Instant ASSIGNED = Instant.parse("2026-03-01T08:00:00Z");
    private static final Instant EXPIRES = Instant.parse("2026-04-01T08:00:00Z");
    private static final MemberId ADA = new MemberId(new UUID(0, 1));
    private static final MemberId STAFF = new MemberId(new UUID(0, 2));
    private static final RoleId ROLE = new RoleId(new UUID(1, 1));

    private static RoleGrant grant(Instant expiresAt, boolean active) {
        return new RoleGrant(new UUID(2, 1), ADA, ROLE, STAFF, ASSIGNED, expiresAt, active);
    }

    @Test
    void aGrantIsEffectiveFromItsAssignmentUntilJustBeforeItsExpiry() {
        RoleGrant grant = grant(EXPIRES, true);

        assertThat(grant.isEffectiveAt(ASSIGNED)).isTrue();
        assertThat(grant.isEffectiveAt(EXPIRES.minusMillis(1))).isTrue();
        assertThat(grant.isEffectiveAt(EXPIRES.minusNanos(1))).isTrue();
    }

    @Test
    void aGrantIsNoLongerEffectiveAtTheExactInstantItExpires() {
        assertThat(grant(EXPIRES, true).isEffectiveAt(EXPIRES)).isFalse();
    }

    @Test
    void aGrantIsNotEffectiveAfterItExpired() {
        assertThat(grant(EXPIRES, true).isEffectiveAt(EXPIRES.plus(Duration.ofDays(1)))).isFalse();
    }

    @Test
    void aGrantWithoutExpiryIsEffectiveForever() {
        assertThat(grant(null, true).isEffectiveAt(Instant.parse("2999-01-01T00:00:00Z"))).isTrue();
    }

    @Test
    void anInactiveGrantIsNeverEffective() {
        assertThat(grant(EXPIRES, false).isEffectiveAt(ASSIGNED)).isFalse();
        assertThat(grant(null, false).isEffectiveAt(ASSIGNED)).isFalse();
    }

    @Test
    void aRevokedGrantIsNoLongerEffectiveButKeepsItsHistory() {
        RoleGrant revoked = grant(EXPIRES, true).revoked();

        assertThat(revoked.isEffectiveAt(ASSIGNED)).isFalse();
        assertThat(revoked.active()).isFalse();
        assertThat(revoked.assignedBy()).isEqualTo(STAFF);
        assertThat(revoked.assignedAt()).isEqualTo(ASSIGNED);
        assertThat(revoked.expiresAt()).isEqualTo(EXPIRES);
    }

    @Test
    void renewingARevokedGrantMakesItEffectiveUntilTheNewExpiry() {
        Instant later = EXPIRES.plus(Duration.ofDays(10));
        Instant until = later.plus(Duration.ofDays(30));
        RoleGrant renewed = grant(EXPIRES, true).revoked().renewed(STAFF, later, until);

        assertThat(renewed.isEffectiveAt(later)).isTrue();
        assertThat(renewed.isEffectiveAt(until)).isFalse();
        assertThat(renewed.assignedAt()).isEqualTo(later);
        assertThat(renewed.id()).isEqualTo(new UUID(2, 1));
    }
}
