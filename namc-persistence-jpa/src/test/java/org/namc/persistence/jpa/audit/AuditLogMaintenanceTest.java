package org.namc.persistence.jpa.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.namc.persistence.jpa.audit.JpaAuditEntriesTest.rows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.namc.persistence.jpa.TestDatabase;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.audit.domain.AuditEntry;
import org.namc.audit.domain.RequestContext;
import org.namc.persistence.jpa.TestSchema;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.AuditRecord;
import org.namc.shared.domain.AuditRecord.Outcome;
import org.namc.shared.domain.PageRequest;

/** Monthly partitions made ahead of time, rows moved out of the default partition, old rows archived. */
class AuditLogMaintenanceTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    private AuditLogMaintenance maintenance;

    @BeforeEach
    void emptyTrail() {
        db.truncateAll();
        maintenance = db.persistence().auditLogMaintenance();
    }

    @Test
    void startingTheLibraryCreatedThePartitionsOfThisMonthAndTheNext() throws SQLException {
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        assertThat(partitions()).contains(partitionOf(now), partitionOf(now.plusMonths(1)));
        assertThat(maintenance.ensureMonthlyPartitions(now, 2)).isZero();
    }

    @Test
    void aNewPartitionTakesOverTheRowsThatWaitedInTheDefaultPartition() throws SQLException {
        Instant inMay2031 = Instant.parse("2031-05-31T23:59:59.999Z");
        record(inMay2031);
        assertThat(locationOfRows()).containsExactly("audit_logs_default");

        assertThat(maintenance.ensureMonthlyPartitions(YearMonth.of(2031, 5), 2)).isEqualTo(2);

        assertThat(locationOfRows()).containsExactly("audit_logs_y2031m05");
        assertThat(partitions()).contains("audit_logs_y2031m06");
        assertThat(db.persistence().auditEntries().between(inMay2031, inMay2031.plusMillis(1), PageRequest.first(5))
                .items()).hasSize(1);
    }

    @Test
    void archivingMovesOldEntriesOutOfTheLiveTrailAndTheChainKeepsThem() throws SQLException {
        AuditEntry old = record(Instant.parse("2020-01-10T00:00:00Z"));
        AuditEntry recent = record(Instant.parse("2026-01-10T00:00:00Z"));

        assertThat(maintenance.archiveOlderThan(Instant.parse("2024-01-01T00:00:00Z"))).isEqualTo(1);

        List<AuditEntry> chain = db.persistence().auditEntries().chain(1, 5);
        assertThat(chain).hasSize(3).startsWith(old, recent);
        AuditEntry archival = chain.get(2);
        assertThat(archival.action()).isEqualTo("audit.archive");
        assertThat(archival.actor()).isEqualTo(Actor.system());
        assertThat(archival.complianceRelevant()).isTrue();
        assertThat(archival.changes().get("archivedEntries").after()).isEqualTo("1");
        assertThat(db.persistence().auditEntries().between(Instant.EPOCH, Instant.parse("2026-06-01T00:00:00Z"),
                PageRequest.first(5)).items()).containsExactly(recent);
        assertThat(rows("SELECT timestamp AT TIME ZONE 'UTC', sequence FROM " + db.schema() + ".audit_logs_archive"))
                .containsExactly("2020-01-10 00:00:00|1");
    }

    @Test
    void theTrailRefusesUpdatesAndDeletesOutsideArchival() throws SQLException {
        record(Instant.parse("2020-01-10T00:00:00Z"));
        maintenance.archiveOlderThan(Instant.parse("2024-01-01T00:00:00Z"));
        record(Instant.parse("2026-01-10T00:00:00Z"));

        for (String tamper : List.of(
                "UPDATE %s.audit_logs SET action = 'member.rewritten'",
                "DELETE FROM %s.audit_logs",
                "UPDATE %s.audit_logs_archive SET action = 'member.rewritten'",
                "DELETE FROM %s.audit_logs_archive")) {
            try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
                assertThatThrownBy(() -> statement.executeUpdate(tamper.formatted(db.schema())))
                        .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            }
        }
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            statement.execute("SELECT set_config('namc.audit_move', 'archive', false)");
            assertThatThrownBy(() -> statement.executeUpdate(
                    "UPDATE %s.audit_logs SET action = 'x'".formatted(db.schema())))
                    .hasMessageContaining("append-only");
        }
        assertThat(db.persistence().auditEntries().chain(1, 10)).hasSize(3);
    }

    /** An entry that is not compliance-relevant (a DATA change), so archiving may move it. */
    private static AuditEntry record(Instant at) {
        var entries = db.persistence().auditEntries();
        AuditEntry entry = AuditEntry.next(entries.head().orElse(null), UUID.randomUUID(), new AuditRecord(at,
                Actor.system(), "event.create", "event", null, Outcome.SUCCESS, null, Map.of()), List.of("SYSTEM"),
                RequestContext.NONE);
        entries.append(entry);
        return entry;
    }

    private static List<String> locationOfRows() throws SQLException {
        return rows("SELECT tableoid::regclass::text FROM " + db.schema() + ".audit_logs").stream()
                .map(name -> name.substring(name.indexOf('.') + 1)).toList();
    }

    private static List<String> partitions() throws SQLException {
        return rows("SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
                + "WHERE i.inhparent = '" + db.schema() + ".audit_logs'::regclass");
    }

    private static String partitionOf(YearMonth month) {
        return "audit_logs_y%04dm%02d".formatted(month.getYear(), month.getMonthValue());
    }
}
