package org.namc.persistence.jpa.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.namc.NamcPortal;
import org.namc.audit.domain.AuditEntry;
import org.namc.audit.domain.ChainAnchor;
import org.namc.audit.domain.ChainVerification;
import org.namc.audit.domain.ChainVerifier;
import org.namc.membership.RegisterMember;
import org.namc.persistence.jpa.JpaPersistence;
import org.namc.persistence.jpa.JpaPortal;
import org.namc.persistence.jpa.TestSchema;
import org.namc.shared.domain.Secret;
import org.namc.testing.MutableClock;

/**
 * Backup and point-in-time recovery as docs/operations.md describes them, on clusters of the
 * test's own (scripts/pg-clusters.sh): a base backup of a WAL-archiving cluster, more members
 * registered after it, a recovery target time, members registered after that, and a restore into
 * a third cluster that holds exactly the members registered before the target, with an audit
 * chain that verifies up to the entry that was the head at that time.
 */
class PointInTimeRecoveryTest {
    private static final String BACKUP_LABEL = "namc-pitr-test";

    @Test
    void restoresExactlyWhatWasCommittedBeforeTheTargetTimeWithAnIntactAuditChain() throws Exception {
        String sourceUrl = ClusterScript.urlOrSkip(ClusterScript.PITR_URL);
        String schema = TestSchema.uniqueName(PointInTimeRecoveryTest.class);
        Set<UUID> beforeTarget = new HashSet<>();
        Set<UUID> afterTarget = new HashSet<>();
        ChainAnchor headAtTarget;
        String targetTime;
        try (JpaPersistence source = JpaPersistence.builder().jdbcUrl(sourceUrl).schema(schema)
                .auditPartitionMonthsAhead(1).build()) {
            NamcPortal portal = JpaPortal.over(source, MutableClock.at("2026-05-04T09:00:00Z"), NamcPortal.builder())
                    .portal();
            beforeTarget.addAll(register(portal, "before-backup", 3));

            ClusterScript.runFor(sourceUrl, "base-backup", BACKUP_LABEL);
            beforeTarget.addAll(register(portal, "after-backup", 4));
            AuditEntry head = source.auditEntries().head().orElseThrow();
            headAtTarget = new ChainAnchor(head.sequence(), head.hash());
            targetTime = serverTimeAfterAPause(sourceUrl);

            afterTarget.addAll(register(portal, "after-target", 2));
            archiveCurrentWalSegment(sourceUrl);
        }

        String restoredUrl;
        try {
            restoredUrl = ClusterScript.printedValue(ClusterScript.runFor(sourceUrl, "restore", BACKUP_LABEL, targetTime),
                    "NAMC_TEST_PITR_RESTORED_JDBC_URL");
        } finally {
            dropSchema(sourceUrl, schema);
        }

        assertThat(memberIds(restoredUrl, schema)).containsExactlyInAnyOrderElementsOf(beforeTarget)
                .doesNotContainAnyElementsOf(afterTarget);
        try (JpaPersistence restored = JpaPersistence.builder().jdbcUrl(restoredUrl).schema(schema)
                .auditPartitionMonthsAhead(0).build()) {
            ChainVerifier verifier = ChainVerifier.against(headAtTarget);
            restored.auditEntries().chain(1, Integer.MAX_VALUE).forEach(verifier::accept);
            ChainVerification verification = verifier.result();

            assertThat(verification).isInstanceOfSatisfying(ChainVerification.Intact.class,
                    intact -> assertThat(intact.head()).isEqualTo(headAtTarget));
        }
    }

    private static List<UUID> register(NamcPortal portal, String batch, int count) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(portal.membership().register(RegisterMember.of(batch + "-" + i + "@firm.example",
                    Secret.of("a long passphrase " + i), "Ana", "Lopez")).memberId().value());
        }
        return ids;
    }

    /**
     * The server's time between two batches of commits, with a pause on each side so that no
     * commit of either batch shares its microsecond. recovery_target_time compares commit times.
     */
    private static String serverTimeAfterAPause(String url) throws SQLException, InterruptedException {
        Thread.sleep(Duration.ofMillis(200).toMillis());
        String time;
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(
                     "select to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') || '+00'")) {
            row.next();
            time = row.getString(1);
        }
        Thread.sleep(Duration.ofMillis(200).toMillis());
        return time;
    }

    /** Closes the WAL segment holding the last commits and waits until the archiver has copied it. */
    private static void archiveCurrentWalSegment(String url) throws SQLException, InterruptedException {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            String segment;
            try (ResultSet row = statement.executeQuery("select pg_walfile_name(pg_switch_wal())")) {
                row.next();
                segment = row.getString(1);
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (true) {
                try (ResultSet row = statement.executeQuery("select coalesce(last_archived_wal, '') from pg_stat_archiver")) {
                    row.next();
                    if (row.getString(1).compareTo(segment) >= 0) {
                        return;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("WAL segment " + segment + " was not archived within 60 s");
                }
                Thread.sleep(100);
            }
        }
    }

    private static void dropSchema(String url, String schema) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("drop schema " + schema + " cascade");
        }
    }

    private static Set<UUID> memberIds(String url, String schema) throws SQLException {
        Set<UUID> ids = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(url);
             PreparedStatement query = connection.prepareStatement("select id from " + schema + ".users");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
        }
        return ids;
    }
}
