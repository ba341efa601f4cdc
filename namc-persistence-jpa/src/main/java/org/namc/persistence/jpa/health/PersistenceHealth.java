package org.namc.persistence.jpa.health;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an operator watches on the library's database, read at {@code measuredAt}.
 *
 * @param pool the primary pool's use; empty when the host's DataSource is not a HikariCP pool
 * @param replicaPool the replica pool's use, likewise; empty without a replica
 * @param replication how far the read replica is behind; empty without a replica
 * @param outbox the notification outbox's backlog
 * @param auditPartitionsAhead how many monthly audit partitions exist after the current month
 *     (the library's maintenance keeps twelve by default; 0 means new entries land in the default partition next month)
 * @param tables the library's tables, largest first; a partitioned table counts all its partitions
 * @param unusedIndexes indexes never scanned since statistics were last reset on the primary (unique
 *     and primary-key indexes, which enforce rules, are left out); reads served by a replica are not counted
 * @param slowStatements the statements with the highest mean time, when the database has
 *     {@code pg_stat_statements} installed and loaded; empty otherwise
 */
public record PersistenceHealth(Instant measuredAt, Optional<PoolUsage> pool, Optional<PoolUsage> replicaPool,
        Optional<ReplicationLag> replication, OutboxBacklog outbox, int auditPartitionsAhead,
        List<TableSize> tables, List<UnusedIndex> unusedIndexes, Optional<List<SlowStatement>> slowStatements) {

    public PersistenceHealth {
        Objects.requireNonNull(measuredAt, "measuredAt");
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(replicaPool, "replicaPool");
        Objects.requireNonNull(replication, "replication");
        Objects.requireNonNull(outbox, "outbox");
        tables = List.copyOf(tables);
        unusedIndexes = List.copyOf(unusedIndexes);
        slowStatements = slowStatements.map(List::copyOf);
    }

    /** Connections of a HikariCP pool: in use, idle, open, at most, and callers waiting for one. */
    public record PoolUsage(int active, int idle, int total, int maximum, int waiting) {
    }

    /**
     * The replica's distance from the primary.
     *
     * @param reachable whether the replica answered; when not, the other fields are zero
     * @param bytesBehind WAL the primary has written that the replica has not replayed yet
     * @param replayDelay how long ago the replica replayed its last transaction, when it is behind;
     *     zero when it has replayed everything (an idle primary writes nothing to catch up with)
     */
    public record ReplicationLag(boolean reachable, long bytesBehind, Duration replayDelay) {
    }

    /**
     * @param pending entries not yet delivered, failed for good or expired
     * @param due pending entries whose next attempt is due now
     * @param oldestPendingAge how long the oldest pending entry has waited since it was written; empty when none
     */
    public record OutboxBacklog(long pending, long due, Optional<Duration> oldestPendingAge) {
    }

    /** Sizes in bytes: the table with its TOAST data, its indexes, and both together. */
    public record TableSize(String table, long tableBytes, long indexBytes) {
        public long totalBytes() {
            return tableBytes + indexBytes;
        }
    }

    public record UnusedIndex(String table, String index, long bytes) {
    }

    /** A normalised statement (constants replaced by {@code $n}) with its call count and times. */
    public record SlowStatement(String query, long calls, Duration meanTime, Duration totalTime) {
    }
}
