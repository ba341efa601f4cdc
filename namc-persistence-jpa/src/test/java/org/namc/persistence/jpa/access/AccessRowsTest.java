package org.namc.persistence.jpa.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.data.MemberBuilder.aMember;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.access.domain.PermissionRule;
import org.namc.access.domain.Role;
import org.namc.access.domain.RoleGrant;
import org.namc.access.domain.RoleId;
import org.namc.access.domain.SystemRole;
import org.namc.persistence.jpa.TestDatabase;
import org.namc.persistence.jpa.TestSchema;
import org.namc.shared.domain.MemberId;

/**
 * What the seed's tables hold of roles and grants: one shared permission row per rule, counts kept
 * true, versions moved on, and grants listed whatever the database's clock says of their expiry.
 */
class AccessRowsTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @BeforeEach
    void emptyTables() {
        db.truncateAll();
    }

    @Test
    void rulesBecomeSharedPermissionRowsWithTheirConditionsInColumns() throws SQLException {
        Role lead = role("PROJECT_LEAD", "project:publish own active-member tier>=2", "course:read");
        Role other = role("COURSE_FAN", "course:read");
        db.persistence().roles().save(lead);
        db.persistence().roles().save(other);

        assertThat(sql("SELECT count(*) FROM %s.permissions")).isEqualTo("2");
        assertThat(sql("""
                SELECT resource || ' ' || action || ' ' || (conditions ->> 'own_only') || ' '
                       || (conditions ->> 'active_member_only') || ' ' || (conditions ->> 'min_tier_level')
                FROM %s.permissions WHERE name = 'project:publish own active-member tier>=2'"""))
                .isEqualTo("project publish true true 2");
        assertThat(sql("SELECT is_system_permission::text FROM %s.permissions WHERE name = 'course:read'"))
                .isEqualTo(String.valueOf(SystemRole.MEMBER.rules().contains(PermissionRule.parse("course:read"))));
        assertThat(sql("SELECT permissions_count FROM %s.roles WHERE name = 'PROJECT_LEAD'")).isEqualTo("2");
    }

    @Test
    void aChangeKeepsTheRulesItKeepsAndCountsTheRest() throws SQLException {
        Role trainer = role("TRAINER", "course:read", "course:grade own");
        db.persistence().roles().save(trainer);
        Instant later = NOW.plusSeconds(3600);
        db.persistence().roles().save(trainer.changed("t", Set.of(PermissionRule.parse("course:read"),
                PermissionRule.parse("course:publish own")), Set.of(), later));

        assertThat(sql("SELECT permissions_count FROM %s.roles WHERE name = 'TRAINER'")).isEqualTo("2");
        assertThat(sql("""
                SELECT string_agg(p.name || '@' || to_char(rp.granted_at AT TIME ZONE 'UTC', 'HH24:MI'), ', ' ORDER BY p.name)
                FROM %s.role_permissions rp JOIN %s.permissions p ON p.id = rp.permission_id"""))
                .isEqualTo("course:publish own@11:00, course:read@10:00");
    }

    @Test
    void everySaveOfARoleMovesItsVersionOnEvenWhenOnlyItsRulesChange() throws SQLException {
        Role analyst = role("ANALYST", "audit:read");
        db.persistence().roles().save(analyst);
        db.persistence().roles().save(analyst.changed(analyst.description(), Set.of(PermissionRule.parse("audit:*")),
                Set.of(), analyst.updatedAt()));

        assertThat(sql("SELECT version FROM %s.roles WHERE name = 'ANALYST'")).isEqualTo("1");
    }

    @Test
    void aGrantPastItsExpiryIsStillListedForTheCoreToJudgeByItsClock() {
        MemberId member = db.persistence().members().save(aMember().member(new MemberId(UUID.randomUUID()), NOW)).id();
        Role role = role("LAPSED_HELPER", "course:read");
        db.persistence().roles().save(role);
        RoleGrant longExpired = new RoleGrant(UUID.randomUUID(), member, role.id(), null, Instant.EPOCH,
                Instant.EPOCH.plusSeconds(60), true);
        db.persistence().roleGrants().save(longExpired);

        assertThat(db.persistence().roleGrants().activeFor(member)).containsExactly(longExpired);
        assertThat(db.persistence().roleGrants().activeForRole(role.id())).containsExactly(longExpired);
    }

    static Role role(String name, String... rules) {
        Set<PermissionRule> parsed = Arrays.stream(rules).map(PermissionRule::parse).collect(Collectors.toSet());
        return Role.create(new RoleId(UUID.randomUUID()), name, name + " role", false, parsed, Set.of(), NOW);
    }

    /** The first column of the first row; {@code %s} stands for the test's schema. */
    private static String sql(String query) throws SQLException {
        try (Connection connection = TestDatabase.connect();
             PreparedStatement statement = connection.prepareStatement(query.replace("%s", db.schema()));
             ResultSet rows = statement.executeQuery()) {
            assertThat(rows.next()).as("a row").isTrue();
            return rows.getString(1);
        }
    }
}
