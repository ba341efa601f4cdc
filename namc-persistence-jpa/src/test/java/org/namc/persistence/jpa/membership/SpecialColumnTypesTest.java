package org.namc.persistence.jpa.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.membership.domain.Certification;
import org.namc.membership.domain.Member;
import org.namc.membership.domain.MemberType;
import org.namc.membership.domain.NotificationPreferences;
import org.namc.membership.domain.Profile;
import org.namc.membership.domain.RenewalPolicy;
import org.namc.membership.domain.TwoFactor;
import org.namc.persistence.jpa.TestDatabase;
import org.namc.persistence.jpa.TestSchema;
import org.namc.persistence.jpa.shared.JpaTransactions;
import org.namc.shared.domain.EncryptedSecret;
import org.namc.shared.domain.GeoPoint;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.PostalAddress;
import org.namc.testing.data.MemberBuilder;

/**
 * Each PostgreSQL-specific column type is saved, read back, and checked in the database as
 * SQL sees it: schema validation alone passes mappings that then fail on insert or in
 * predicates (see LIBRARIES.md).
 */
class SpecialColumnTypesTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final GeoPoint OAKLAND = GeoPoint.of(37.8044, -122.2712);
    private static final GeoPoint SAN_FRANCISCO = GeoPoint.of(37.7749, -122.4194);

    @BeforeEach
    void emptyTables() {
        db.truncateAll();
    }

    @Test
    void postgresEnumsAreWrittenAsTheirNamedTypeAndQueried() throws SQLException {
        Member member = save(MemberBuilder.aMember().ofType(MemberType.STUDENT).member(newId(), NOW)
                .withTwoFactor(TwoFactor.pending(new EncryptedSecret("AQxrZXktMQ-opaque")), NOW));

        assertThat(sql("SELECT t.typname || '=' || u.member_type FROM %s.users u JOIN pg_type t ON t.oid = pg_typeof(u.member_type)"))
                .isEqualTo("member_type_enum=STUDENT");
        assertThat(sql("SELECT two_factor_state::text FROM %s.users")).isEqualTo("PENDING_CONFIRMATION");
        assertThat(reload(member).membership().type()).isEqualTo(MemberType.STUDENT);
        assertThat(memberIds("select m.id from MemberJpaEntity m where m.memberType = :value", MemberType.STUDENT))
                .containsExactly(member.id().value());
    }

    @Test
    void textArraysKeepTheirOrderAndWorkInArrayPredicates() throws SQLException {
        Member member = save(MemberBuilder.aMember().withSkills("Solar", "electrical", "solar").member(newId(), NOW));

        assertThat(reload(member).profile().skills()).containsExactly("solar", "electrical");
        assertThat(sql("SELECT (skills @> ARRAY['solar']) || ' ' || array_to_string(languages, ',') FROM %s.users"))
                .isEqualTo("true English");
        assertThat(memberIds("select m.id from MemberJpaEntity m where array_contains(m.skills, :value)", "electrical"))
                .containsExactly(member.id().value());
    }

    @Test
    void jsonbDocumentsUseTheSeedsKeysAndRoundTrip() throws SQLException {
        Certification c10 = new Certification("C-10 Electrical", "CSLB", "123456", LocalDate.of(2010, 5, 1), null);
        Profile profile = new Profile("Ana", "Lopez", null, null, null,
                new PostalAddress("22 Mission St", "Suite 4", "San Francisco", "CA", "94103", "US"), null, null, null,
                null, null, null, List.of(), List.of(c10), List.of("English"));
        Member member = save(MemberBuilder.aMember().member(newId(), NOW).withProfile(profile, NOW)
                .withNotificationPreferences(new NotificationPreferences(true, true, false, false, true, false), NOW));

        assertThat(sql("SELECT jsonb_typeof(certifications) || ' ' || (certifications -> 0 ->> 'issued_on') "
                + "|| ' ' || (address ->> 'postal_code') || ' ' || zip_code FROM %s.users"))
                .isEqualTo("array 2010-05-01 94103 94103");
        assertThat(sql("SELECT notification_preferences::text FROM %s.users")).isEqualTo(
                "{\"sms\": true, \"push\": false, \"email\": true, \"marketing\": false, \"project_alerts\": true, "
                        + "\"event_reminders\": false}");
        Member loaded = reload(member);
        assertThat(loaded.profile()).isEqualTo(profile);
        assertThat(loaded.notificationPreferences()).isEqualTo(member.notificationPreferences());
    }

    @Test
    void geographyPointsAreLongitudeFirstAndWorkWithPostGisFunctions() throws SQLException {
        Member member = save(MemberBuilder.aMember().at(OAKLAND).member(newId(), NOW));

        assertThat(sql("SELECT ST_AsText(coordinates) FROM %s.users")).isEqualTo("POINT(-122.2712 37.8044)");
        double metres = Double.parseDouble(sql("SELECT ST_Distance(coordinates, "
                + "ST_SetSRID(ST_MakePoint(-122.4194, 37.7749), 4326)::geography) FROM %s.users"));
        assertThat(metres / 1000).isCloseTo(OAKLAND.distanceKmTo(SAN_FRANCISCO), within(0.005 * metres / 1000));
        assertThat(reload(member).profile().location()).isEqualTo(OAKLAND);
    }

    @Test
    void generatedColumnsFollowTheDomainsState() throws SQLException {
        Member member = save(MemberBuilder.aMember().member(newId(), NOW));
        assertThat(sql("SELECT is_active || ' ' || is_verified || ' ' || two_factor_enabled FROM %s.users"))
                .isEqualTo("true false false");

        Member verified = db.persistence().members().save(member.verifiedEmail(NOW, RenewalPolicy.standard()));
        db.persistence().members().save(verified.withMembership(verified.membership().cancelledAt(NOW), NOW));
        assertThat(sql("SELECT is_active || ' ' || is_verified FROM %s.users")).isEqualTo("false true");
    }

    @Test
    void readsARowWrittenByPlainSqlWithTheSeedsDefaults() throws SQLException {
        execute("INSERT INTO %s.users (id, email, password_hash, first_name, last_name) "
                + "VALUES ('00000000-0000-7000-8000-0000000000c1', 'sql@example.org', 'h', 'Sam', 'Quill')");

        Member loaded = db.persistence().members().findById(MemberId.of("00000000-0000-7000-8000-0000000000c1"))
                .orElseThrow();
        assertThat(loaded.profile().address()).isNull();
        assertThat(loaded.profile().languages()).containsExactly("English");
        assertThat(loaded.notificationPreferences()).isEqualTo(NotificationPreferences.defaults());
        assertThat(loaded.twoFactor()).isEqualTo(TwoFactor.disabled());
        assertThat(loaded.membership().type()).isEqualTo(MemberType.REGULAR);
    }

    private static Member save(Member member) {
        return db.persistence().members().save(member);
    }

    private static Member reload(Member member) {
        return db.persistence().members().findById(member.id()).orElseThrow();
    }

    private static MemberId newId() {
        return new MemberId(UUID.randomUUID());
    }

    /** Runs an HQL query with one parameter, {@code :value}, through the store's own transactions. */
    private static List<UUID> memberIds(String hql, Object value) {
        return ((JpaTransactions) db.persistence().transactions()).withEntityManager(em ->
                em.createQuery(hql, UUID.class).setParameter("value", value).getResultList());
    }

    /** The single value of a query; {@code %s} stands for the schema. */
    private static String sql(String query) throws SQLException {
        try (Connection connection = TestDatabase.connect();
             PreparedStatement statement = connection.prepareStatement(query.formatted(db.schema()));
             ResultSet rows = statement.executeQuery()) {
            assertThat(rows.next()).as("a row").isTrue();
            return rows.getString(1);
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql.formatted(db.schema()));
        }
    }
}
