package org.namc.persistence.jpa.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.persistence.jpa.JpaPersistence;
import org.namc.persistence.jpa.TestDatabase;
import org.namc.persistence.jpa.TestSchema;
import org.namc.persistence.jpa.shared.ReadOnlyQueries;

/**
 * Stops the streaming replica's cluster under a running portal: reads carry on, on the primary,
 * within the replica connect timeout, and go back to the replica once it runs again.
 */
class ReplicaFallbackTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema();
    private static final Duration CONNECT_TIMEOUT = Duration.ofMillis(500);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private static JpaPersistence persistence;

    @BeforeAll
    static void start() {
        String replicaUrl = ClusterScript.urlOrSkip(ClusterScript.REPLICA_URL);
        persistence = JpaPersistence.builder().jdbcUrl(TestDatabase.jdbcUrl()).readReplicaJdbcUrl(replicaUrl)
                .schema(db.schema()).auditPartitionMonthsAhead(0)
                .replicaConnectTimeout(CONNECT_TIMEOUT).replicaRetryAfter(RETRY_AFTER).build();
    }

    @AfterAll
    static void stop() {
        try {
            ClusterScript.run("replica-start");
        } finally {
            if (persistence != null) {
                persistence.close();
            }
        }
    }

    @Test
    void readsFallBackToThePrimaryWhileTheReplicaIsDownAndReturnWhenItIsBack() throws InterruptedException {
        ReadOnlyQueries reads = persistence.readOnlyQueries();
        assertThat(servedByReplica(reads)).isTrue();

        ClusterScript.run("replica-stop");
        long before = System.nanoTime();
        boolean firstReadOnReplica = servedByReplica(reads);
        Duration firstReadTook = Duration.ofNanos(System.nanoTime() - before);
        boolean inUseWhileDown = reads.replicaInUse();
        boolean laterReadOnReplica = servedByReplica(reads);

        ClusterScript.run("replica-start");
        Thread.sleep(RETRY_AFTER.toMillis());
        boolean afterRestartOnReplica = servedByReplica(reads);

        assertThat(firstReadOnReplica).isFalse();
        // The connect timeout bounds the delay; the rest is slack for a loaded machine.
        assertThat(firstReadTook).isLessThan(CONNECT_TIMEOUT.plusSeconds(5));
        assertThat(inUseWhileDown).isFalse();
        assertThat(laterReadOnReplica).isFalse();
        assertThat(afterRestartOnReplica).isTrue();
    }

    private static boolean servedByReplica(ReadOnlyQueries reads) {
        return reads.read(em -> (Boolean) em.createNativeQuery("select pg_is_in_recovery()").getSingleResult());
    }
}
