package org.namc.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.namc.access.domain.RoleGrant;
import org.namc.access.domain.RoleId;
import org.namc.access.spi.RoleGrants;
import org.namc.shared.domain.MemberId;

/** What every {@link RoleGrants} adapter must do. */
public abstract class RoleGrantsContract {
    protected static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    protected abstract RoleGrants grants();

    /** A member grants may refer to (stores with foreign keys need a real one). */
    protected abstract MemberId existingMember();

    /** A role grants may refer to. */
    protected abstract RoleId existingRole(String name);

    @Test
    void findsAGrantByMemberAndRoleWithItsTerms() {
        MemberId member = existingMember();
        MemberId staff = existingMember();
        RoleId role = existingRole("REVIEWER");
        RoleGrant grant = new RoleGrant(UUID.randomUUID(), member, role, staff, NOW, NOW.plusSeconds(3600), true);
        grants().save(grant);

        assertThat(grants().find(member, role)).contains(grant);
        assertThat(grants().activeFor(member)).containsExactly(grant);
        assertThat(grants().activeForRole(role)).containsExactly(grant);
    }

    @Test
    void revokedGrantsAreNotActiveButStillFound() {
        MemberId member = existingMember();
        RoleId role = existingRole("TRAINER");
        RoleGrant grant = new RoleGrant(UUID.randomUUID(), member, role, null, NOW, null, true);
        grants().save(grant);
        grants().save(grant.revoked());

        assertThat(grants().activeFor(member)).isEmpty();
        assertThat(grants().activeForRole(role)).isEmpty();
        assertThat(grants().find(member, role).map(RoleGrant::active)).contains(false);
    }

    @Test
    void renewingAGrantKeepsOneRowPerMemberAndRole() {
        MemberId member = existingMember();
        RoleId role = existingRole("ANALYST");
        RoleGrant grant = new RoleGrant(UUID.randomUUID(), member, role, null, NOW, NOW.plusSeconds(60), true);
        grants().save(grant);
        grants().save(grant.revoked());
        grants().save(grant.renewed(null, NOW.plusSeconds(120), null));

        assertThat(grants().activeFor(member)).singleElement().satisfies(g -> {
            assertThat(g.expiresAt()).isNull();
            assertThat(g.assignedAt()).isEqualTo(NOW.plusSeconds(120));
        });
    }
}
