package org.namc.persistence.jpa.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.persistence.jpa.notifications.TestNotifications.notification;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.audit.domain.AuditEntry;
import org.namc.audit.domain.RequestContext;
import org.namc.membership.domain.SecurityToken;
import org.namc.membership.domain.TokenPurpose;
import org.namc.notifications.domain.Channel;
import org.namc.notifications.domain.Notification;
import org.namc.persistence.jpa.JpaPersistence;
import org.namc.persistence.jpa.TestDatabase;
import org.namc.persistence.jpa.TestSchema;
import org.namc.persistence.jpa.notifications.StoredMembers;
import org.namc.persistence.jpa.notifications.TestNotifications;
import org.namc.persistence.jpa.shared.JpaTransactions;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.AuditRecord;
import org.namc.shared.domain.MemberId;
import org.namc.testing.MutableClock;

/** Each maintenance use case cuts off at the injected clock, reports what it did, and does nothing on a second run. */
class JpaMaintenanceTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    private final MutableClock clock = MutableClock.at(NOW);
    private final MemberId maria = new MemberId(UUID.randomUUID());
    private JpaMaintenance maintenance;

    @BeforeEach
    void emptySchema() {
        db.truncateAll();
        JpaPersistence persistence = db.persistence();
        maintenance = new JpaMaintenance((JpaTransactions) persistence.transactions(),
                persistence.auditLogMaintenance(), db.schema(), clock, 1);
        StoredMembers.ensure(db, maria);
    }

    @Test
    void deletesReadNotificationsThirtyDaysAfterTheyExpiredWithTheirOutboxEntries() throws SQLException {
        Notification longExpired = stored(NOW.minus(Duration.ofDays(31)), true);
        stored(NOW.minus(Duration.ofDays(29)), true);
        stored(NOW.minus(Duration.ofDays(60)), false);
        stored(null, true);

        assertThat(maintenance.deleteOldReadNotifications()).isEqualTo(1);
        assertThat(maintenance.deleteOldReadNotifications()).isZero();

        assertThat(db.persistence().notifications().findById(longExpired.id())).isEmpty();
        assertThat(count("notifications")).isEqualTo(3);
        assertThat(count("notification_outbox")).isEqualTo(3);
    }

    @Test
    void deletesFinishedOutboxEntriesThirtyDaysAfterTheyFinishedButNeverPendingOnes() throws SQLException {
        stored(null, false);
        stored(null, false);
        stored(null, false);
        finishOutboxEntries("DELIVERED", NOW.minus(Duration.ofDays(31)), 1);
        finishOutboxEntries("FAILED", NOW.minus(Duration.ofDays(29)), 1);

        assertThat(maintenance.deleteFinishedOutboxEntries()).isEqualTo(1);
        assertThat(maintenance.deleteFinishedOutboxEntries()).isZero();

        assertThat(count("notification_outbox")).isEqualTo(2);
        assertThat(count("notification_outbox where status = 'PENDING'")).isEqualTo(1);
        assertThat(count("notifications")).isEqualTo(3);
    }

    @Test
    void deletesAiInteractionsRecordedMoreThanTwoYearsAgo() throws SQLException {
        aiInteraction(NOW.minus(Duration.ofDays(731)));
        aiInteraction(NOW.minus(Duration.ofDays(729)));

        assertThat(maintenance.deleteOldAiInteractions()).isEqualTo(1);
        assertThat(maintenance.deleteOldAiInteractions()).isZero();

        assertThat(count("ai_feedback")).isEqualTo(1);
    }

    @Test
    void deletesSecurityTokensOnceTheyExpiredUsedOrNot() throws SQLException {
        Instant issued = NOW.minus(Duration.ofHours(2));
        token(issued, NOW.minusSeconds(1), null);
        token(issued, NOW.minusSeconds(1), issued.plusSeconds(60));
        token(issued, NOW.plus(Duration.ofHours(1)), null);

        assertThat(maintenance.deleteExpiredSecurityTokens()).isEqualTo(2);
        assertThat(maintenance.deleteExpiredSecurityTokens()).isZero();
        assertThat(count("security_tokens")).isEqualTo(1);
    }

    @Test
    void archivesAuditEntriesOlderThanTwoYearsAndCreatesThePartitionsOfTheClocksMonths() throws SQLException {
        auditEntry(Instant.parse("2024-05-31T23:00:00Z"));
        auditEntry(Instant.parse("2024-06-01T01:00:00Z"));

        assertThat(maintenance.archiveOldAuditEntries()).isEqualTo(1);
        assertThat(maintenance.archiveOldAuditEntries()).isZero();
        assertThat(count("audit_logs_archive")).isEqualTo(1);

        clock.set(Instant.parse("2031-01-15T00:00:00Z"));
        assertThat(maintenance.ensureAuditPartitions()).as("January and February 2031").isEqualTo(2);
        assertThat(maintenance.ensureAuditPartitions()).isZero();
    }

    @Test
    void analyzesEveryHotTable() throws SQLException {
        Map<String, Long> before = manualAnalyzeCounts();

        assertThat(maintenance.analyzeHotTables()).containsExactlyElementsOf(JpaMaintenance.HOT_TABLES);

        Map<String, Long> after = manualAnalyzeCounts();
        assertThat(after).containsOnlyKeys(JpaMaintenance.HOT_TABLES)
                .allSatisfy((table, analyses) -> assertThat(analyses).isEqualTo(before.get(table) + 1));
    }

    @Test
    void runAllReportsEachStepAndASecondRunFindsNothingToDo() {
        stored(NOW.minus(Duration.ofDays(31)), true);
        token(NOW.minus(Duration.ofHours(2)), NOW.minusSeconds(1), null);

        MaintenanceReport first = maintenance.runAll();
        MaintenanceReport second = maintenance.runAll();

        assertThat(first).isEqualTo(new MaintenanceReport(1, 0, 1, 0, 2, 0, JpaMaintenance.HOT_TABLES));
        assertThat(second).isEqualTo(new MaintenanceReport(0, 0, 0, 0, 0, 0, JpaMaintenance.HOT_TABLES));
    }

    private Notification stored(@Nullable Instant expiresAt, boolean read) {
        Instant created = NOW.minus(Duration.ofDays(90));
        Notification n = notification(maria, "event", EnumSet.of(Channel.IN_APP), created, expiresAt);
        return TestNotifications.queue(db.persistence(), read ? n.read(created.plusSeconds(60)) : n, false, created);
    }

    private void token(Instant issued, Instant expires, @Nullable Instant used) {
        String hash = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
        db.persistence().securityTokens().save(new SecurityToken(UUID.randomUUID(), maria,
                TokenPurpose.PASSWORD_RESET, hash, issued, expires, used));
    }

    private static void auditEntry(Instant at) {
        var entries = db.persistence().auditEntries();
        entries.append(AuditEntry.next(entries.head().orElse(null), UUID.randomUUID(), new AuditRecord(at,
                Actor.system(), "event.create", "event", null, AuditRecord.Outcome.SUCCESS, null, Map.of()),
                List.of("SYSTEM"), RequestContext.NONE));
    }

    /** Marks {@code entries} pending outbox entries finished with {@code status} at {@code finishedAt}. */
    private static void finishOutboxEntries(String status, Instant finishedAt, int entries) throws SQLException {
        try (Connection connection = TestDatabase.connect(); var update = connection.prepareStatement("update "
                + db.schema() + ".notification_outbox set status = cast(? as " + db.schema() + ".outbox_status_enum),"
                + " finished_at = ? where id in (select id from " + db.schema() + ".notification_outbox"
                + " where status = 'PENDING' limit ?)")) {
            update.setString(1, status);
            update.setTimestamp(2, java.sql.Timestamp.from(finishedAt));
            update.setInt(3, entries);
            assertThat(update.executeUpdate()).isEqualTo(entries);
        }
    }

    private static void aiInteraction(Instant at) throws SQLException {
        try (Connection connection = TestDatabase.connect(); var insert = connection.prepareStatement("insert into "
                + db.schema() + ".ai_feedback (feature, input_data, output_data, created_at) values ('matching', '{}', '{}', ?)")) {
            insert.setTimestamp(1, java.sql.Timestamp.from(at));
            insert.executeUpdate();
        }
    }

    private static long count(String table) throws SQLException {
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from " + db.schema() + "." + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Manual ANALYZE runs per table (autovacuum's are counted apart, so they cannot interfere). */
    private static Map<String, Long> manualAnalyzeCounts() throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select relname, analyze_count from pg_stat_user_tables "
                     + "where schemaname = '" + db.schema() + "'")) {
            while (rows.next()) {
                if (JpaMaintenance.HOT_TABLES.contains(rows.getString(1))) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return counts;
    }
}
