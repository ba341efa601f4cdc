package org.namc.persistence.jpa.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.data.MemberBuilder.aMember;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.membership.domain.Member;
import org.namc.persistence.jpa.JpaPersistence;
import org.namc.persistence.jpa.TestDatabase;
import org.namc.persistence.jpa.TestSchema;
import org.namc.persistence.jpa.health.PersistenceHealth;
import org.namc.persistence.jpa.shared.ReadOnlyQueries;
import org.namc.persistence.jpa.shared.WalPosition;
import org.namc.shared.domain.MemberId;

/**
 * Reads on a real streaming replica of the test cluster (scripts/pg-clusters.sh): they are
 * served by a server in recovery, and a caller still reads its own writes by the documented
 * rule, shown by pausing the replica's replay so that it lags for as long as the test wants.
 */
class StreamingReplicaTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema();
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static String replicaUrl;
    private static JpaPersistence persistence;

    @BeforeAll
    static void start() {
        replicaUrl = ClusterScript.urlOrSkip(ClusterScript.REPLICA_URL);
        persistence = JpaPersistence.builder().jdbcUrl(TestDatabase.jdbcUrl()).readReplicaJdbcUrl(replicaUrl)
                .schema(db.schema()).auditPartitionMonthsAhead(0)
                .replicaCatchUpWait(Duration.ofMillis(300)).build();
    }

    @AfterAll
    static void stop() {
        if (persistence != null) {
            persistence.close();
        }
    }

    @AfterEach
    void resumeReplay() throws SQLException {
        if (replicaUrl != null) {
            replicaSql("select pg_wal_replay_resume()");
        }
    }

    @Test
    void aReadOutsideAUnitOfWorkIsServedByAServerInRecovery() {
        assertThat(onAnotherThread(() -> servedByReplica(persistence.readOnlyQueries()))).isTrue();
    }

    @Test
    void insideAUnitOfWorkReadsStayOnThePrimary() {
        Boolean inRecovery = persistence.transactions().inTransaction(
                () -> servedByReplica(persistence.readOnlyQueries()));

        assertThat(inRecovery).isFalse();
    }

    @Test
    void theCallerReadsItsOwnWriteWhileTheReplicaLagsAndOthersDoNotSeeItYet() throws SQLException {
        ReadOnlyQueries reads = persistence.readOnlyQueries();
        pauseReplay();
        Member registered = persistence.members().save(newMember());

        Seen byWriter = seen(reads, registered);
        Seen byOther = onAnotherThread(() -> seen(reads, registered));
        WalPosition position = reads.lastWrite().orElseThrow();
        Seen byOtherAfterPosition = onAnotherThread(() -> reads.readingAfter(position, () -> seen(reads, registered)));

        assertThat(byWriter).isEqualTo(new Seen(false, true));
        assertThat(byOther).isEqualTo(new Seen(true, false));
        assertThat(byOtherAfterPosition).isEqualTo(new Seen(false, true));
    }

    @Test
    void onceTheReplicaReplaysTheWriteTheCallersReadsReturnToIt() throws SQLException {
        ReadOnlyQueries reads = persistence.readOnlyQueries();
        pauseReplay();
        Member registered = persistence.members().save(newMember());
        assertThat(seen(reads, registered)).isEqualTo(new Seen(false, true));

        replicaSql("select pg_wal_replay_resume()");
        awaitReplayOf(reads.lastWrite().orElseThrow().lsn());

        assertThat(seen(reads, registered)).isEqualTo(new Seen(true, true));
    }

    @Test
    void aWriteInAUnitOfWorkThatOnlyReadMovesNothing() {
        persistence.members().save(newMember());
        WalPosition afterWrite = persistence.readOnlyQueries().lastWrite().orElseThrow();

        persistence.transactions().inTransaction(() -> persistence.members().findById(new MemberId(UUID.randomUUID())));

        assertThat(persistence.readOnlyQueries().lastWrite()).contains(afterWrite);
    }

    @Test
    void healthReportsTheLagWhileReplayIsPausedAndTheReplicaPoolInUse() throws SQLException {
        pauseReplay();
        persistence.members().save(newMember());

        PersistenceHealth health = persistence.health();

        assertThat(health.replication()).hasValueSatisfying(lag -> {
            assertThat(lag.reachable()).isTrue();
            assertThat(lag.bytesBehind()).isPositive();
        });
        assertThat(health.replicaPool()).hasValueSatisfying(pool -> assertThat(pool.maximum()).isEqualTo(20));
    }

    /** Which server answered, and whether it showed the member. */
    record Seen(boolean byReplica, boolean memberFound) {
    }

    private static Seen seen(ReadOnlyQueries reads, Member member) {
        return reads.read(em -> {
            Object[] row = (Object[]) em.createNativeQuery(
                            "select pg_is_in_recovery(), exists (select 1 from users where id = :id)")
                    .setParameter("id", member.id().value()).getSingleResult();
            return new Seen((Boolean) row[0], (Boolean) row[1]);
        });
    }

    private static boolean servedByReplica(ReadOnlyQueries reads) {
        return reads.read(em -> (Boolean) em.createNativeQuery("select pg_is_in_recovery()").getSingleResult());
    }

    /** A thread that has written nothing: no write of its own to wait for. */
    private static <T> T onAnotherThread(Supplier<T> read) {
        return CompletableFuture.supplyAsync(read, runnable -> new Thread(runnable).start()).join();
    }

    /** Pauses replay once the replica has caught up with the primary, so that it holds at least the test's schema. */
    private static void pauseReplay() throws SQLException {
        awaitReplayOf(primarySql("select pg_current_wal_lsn()::text"));
        replicaSql("select pg_wal_replay_pause()");
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!"paused".equals(replicaSql("select pg_get_wal_replay_pause_state()"))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the replica did not pause its replay");
            }
        }
    }

    private static void awaitReplayOf(String lsn) throws SQLException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!"t".equals(replicaSql("select pg_last_wal_replay_lsn() >= '" + lsn + "'::pg_lsn"))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the replica did not replay up to " + lsn + " within 30 s");
            }
        }
    }

    private static String primarySql(String sql) throws SQLException {
        try (Connection connection = TestDatabase.connect();
             Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    private static String replicaSql(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(replicaUrl);
             Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return String.valueOf(row.getString(1));
        }
    }

    private static Member newMember() {
        return aMember().member(new MemberId(UUID.randomUUID()), NOW);
    }

}
