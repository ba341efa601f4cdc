package org.namc.persistence.jpa.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.access.domain.PermissionRule;
import org.namc.access.domain.Role;
import org.namc.access.domain.RoleId;
import org.namc.persistence.jpa.TestSchema;

/** Listing roles with their rules and inclusions costs the same statements for 2 roles as for 40. */
class RoleListingStatementsTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void listingDoesNotQueryOncePerRoleRuleOrInclusion() {
        db.truncateAll();
        RoleId base = saveRoles(2, null);
        long fewRoles = statementsOfListing(2);
        saveRoles(38, base);
        long manyRoles = statementsOfListing(40);

        assertThat(fewRoles).as("roles with rules and permissions, then all inclusions").isEqualTo(2);
        assertThat(manyRoles).isEqualTo(fewRoles);
    }

    private long statementsOfListing(int expected) {
        return db.statementsOf(() -> assertThat(db.persistence().transactions()
                .inTransaction(() -> db.persistence().roles().all())).hasSize(expected)
                .allSatisfy(role -> assertThat(role.rules()).hasSize(3)));
    }

    /** Roles of three rules each, every one including {@code includes} when given; returns the last. */
    private static RoleId saveRoles(int count, RoleId includes) {
        RoleId last = null;
        for (int i = 0; i < count; i++) {
            String name = "ROLE_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            Set<PermissionRule> rules = Set.of(PermissionRule.parse("course:read"),
                    PermissionRule.parse("course:grade own"), PermissionRule.parse("event:r" + i));
            Role role = Role.create(new RoleId(UUID.randomUUID()), name, "r", false, rules,
                    includes == null ? Set.of() : Set.of(includes), NOW);
            db.persistence().roles().save(role);
            last = role.id();
        }
        return last;
    }
}
