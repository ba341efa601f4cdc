package org.namc.persistence.jpa.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.data.MemberBuilder.aMember;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.persistence.jpa.JpaPersistence;
import org.namc.persistence.jpa.TestDatabase;
import org.namc.persistence.jpa.TestSchema;
import org.namc.persistence.jpa.health.PersistenceHealth;
import org.namc.persistence.jpa.health.PersistenceHealth.TableSize;
import org.namc.persistence.jpa.health.PersistenceHealth.UnusedIndex;
import org.namc.shared.domain.MemberId;

/** The operations report on a database without any extension beyond PostGIS. */
class HealthReportTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema();
    private static final Instant NOW = Instant.parse("2099-06-10T12:00:00Z");

    private static JpaPersistence persistence;
    private static UUID member;

    @BeforeAll
    static void start() throws SQLException {
        persistence = JpaPersistence.builder().jdbcUrl(TestDatabase.jdbcUrl()).schema(db.schema())
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).auditPartitionMonthsAhead(3).build();
        member = persistence.members().save(aMember().member(new MemberId(UUID.randomUUID()), NOW)).id().value();
        outboxEntry("PENDING", NOW.minus(Duration.ofHours(2)), NOW.minusSeconds(60));
        outboxEntry("PENDING", NOW.minus(Duration.ofMinutes(5)), NOW.plusSeconds(600));
        outboxEntry("DELIVERED", NOW.minus(Duration.ofDays(3)), NOW.minus(Duration.ofDays(3)));
    }

    @AfterAll
    static void stop() {
        persistence.close();
    }

    @Test
    void countsTheOutboxBacklogAndTheAgeOfItsOldestPendingEntry() {
        PersistenceHealth.OutboxBacklog outbox = persistence.health().outbox();

        assertThat(outbox.pending()).isEqualTo(2);
        assertThat(outbox.due()).isEqualTo(1);
        assertThat(outbox.oldestPendingAge()).contains(Duration.ofHours(2));
    }

    @Test
    void countsTheAuditPartitionsAfterTheCurrentMonth() {
        assertThat(persistence.health().auditPartitionsAhead()).isEqualTo(3);
    }

    @Test
    void reportsThePoolOfTheLibrary() {
        PersistenceHealth.PoolUsage pool = persistence.health().pool().orElseThrow();

        assertThat(pool.maximum()).isEqualTo(20);
        assertThat(pool.total()).isEqualTo(pool.active() + pool.idle());
        assertThat(persistence.health().replicaPool()).isEmpty();
        assertThat(persistence.health().replication()).isEmpty();
    }

    @Test
    void listsTablesWithTheirPartitionsSummedAndLargestFirst() {
        var tables = persistence.health().tables();

        assertThat(tables).extracting(TableSize::table).contains("users", "audit_logs", "notification_outbox")
                .doesNotContain("audit_logs_default");
        assertThat(tables).isSortedAccordingTo((a, b) -> Long.compare(b.totalBytes(), a.totalBytes()));
        assertThat(tables.stream().filter(t -> t.table().equals("audit_logs")).findFirst().orElseThrow().indexBytes())
                .isPositive();
    }

    @Test
    void listsIndexesNeverScannedButNotThoseEnforcingUniqueness() {
        var unused = persistence.health().unusedIndexes();

        assertThat(unused).extracting(UnusedIndex::index).contains("idx_notifications_type")
                .doesNotContain("users_pkey", "notification_outbox_pkey");
    }

    @Test
    void slowStatementsOnlyWhenPgStatStatementsIsInstalled() throws SQLException {
        boolean installed;
        try (Connection connection = TestDatabase.connect();
             var rows = connection.createStatement().executeQuery(
                     "select 1 from pg_extension where extname = 'pg_stat_statements'")) {
            installed = rows.next();
        }

        assertThat(persistence.health().slowStatements().isPresent()).isEqualTo(installed);
    }

    private static void outboxEntry(String status, Instant created, Instant nextAttempt) throws SQLException {
        UUID notification = UUID.randomUUID();
        try (Connection connection = TestDatabase.connect()) {
            try (PreparedStatement insert = connection.prepareStatement("insert into " + db.schema()
                    + ".notifications (id, user_id, type, title, message) values (?, ?, 'SYSTEM', 't', 'm')")) {
                insert.setObject(1, notification);
                insert.setObject(2, member);
                insert.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into " + db.schema()
                    + ".notification_outbox (id, notification_id, user_id, channel, category, release_at, status,"
                    + " next_attempt_at, finished_at, created_at) values (?, ?, ?, 'EMAIL', 'system', ?, cast(? as "
                    + db.schema() + ".outbox_status_enum), ?, ?, ?)")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, notification);
                insert.setObject(3, member);
                insert.setTimestamp(4, Timestamp.from(created));
                insert.setString(5, status);
                insert.setTimestamp(6, Timestamp.from(nextAttempt));
                insert.setTimestamp(7, status.equals("PENDING") ? null : Timestamp.from(nextAttempt));
                insert.setTimestamp(8, Timestamp.from(created));
                insert.executeUpdate();
            }
        }
    }
}
