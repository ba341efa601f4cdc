package org.namc.persistence.jpa.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.jspecify.annotations.Nullable;

/**
 * The read side for searches and listings that may run on a read replica. Where a read runs:
 * <ol>
 * <li>inside a running unit of work: in it, on the primary, so it sees that unit's own writes;
 * <li>nested in another read: in that read's transaction;
 * <li>else, with a replica configured and reachable, on the replica, once it has replayed the
 *     calling thread's last committed write (and any position given to {@link #readingAfter}):
 *     read-your-writes. The read waits up to {@link ReplicaPolicy#catchUpWait()} for the replica
 *     to replay it, then runs on the primary instead;
 * <li>else on the primary.
 * </ol>
 * When the replica cannot be reached (connection refused or lost, the pool's connection timeout
 * passed, the server shutting down), the read runs on the primary, and so do all reads for
 * {@link ReplicaPolicy#retryAfter()}; then the next read tries the replica again. Every read
 * runs in a read-only transaction: PostgreSQL refuses writes in it, whatever DataSource the host gave.
 */
public final class ReadOnlyQueries {
    private static final System.Logger LOG = System.getLogger(ReadOnlyQueries.class.getName());
    private static final long POLL_MILLIS = 10;

    private final JpaTransactions primary;
    private final EntityManagerFactory primaryFactory;
    private final @Nullable EntityManagerFactory replica;
    private final ReplicaPolicy policy;
    private final ThreadLocal<@Nullable EntityManager> current = new ThreadLocal<>();
    private final ThreadLocal<@Nullable WalPosition> readingAfter = new ThreadLocal<>();
    /** The furthest position this thread has seen the replica replay: no need to check again below it. */
    private final ThreadLocal<@Nullable WalPosition> seenReplayed = new ThreadLocal<>();
    private volatile @Nullable Instant replicaAvoidedUntil;

    /**
     * @param primary the units of work of the primary database
     * @param primaryFactory the primary's entity manager factory
     * @param replica the replica's entity manager factory, or null without a replica
     */
    public ReadOnlyQueries(JpaTransactions primary, EntityManagerFactory primaryFactory,
            @Nullable EntityManagerFactory replica, ReplicaPolicy policy) {
        this.primary = Objects.requireNonNull(primary, "primary");
        this.primaryFactory = Objects.requireNonNull(primaryFactory, "primaryFactory");
        this.replica = replica;
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** Runs {@code query} where the class comment says and returns its result. */
    public <T> T read(Function<EntityManager, T> query) {
        if (primary.isActive()) {
            return primary.withEntityManager(query);
        }
        EntityManager joined = current.get();
        if (joined != null) {
            return query.apply(joined);
        }
        if (replica != null && replicaInUse()) {
            try {
                return readIn(replica, mustSee(), query);
            } catch (ReplicaBehind behind) {
                return readIn(primaryFactory, null, query);
            } catch (RuntimeException failure) {
                if (!ReplicaFailures.unreachable(failure)) {
                    throw failure;
                }
                avoidReplica(failure);
            }
        }
        return readIn(primaryFactory, null, query);
    }

    /**
     * Runs {@code work} with its reads treated as though the calling thread had made the write
     * that ends at {@code position}: for a member's next request after a write made on another
     * thread or node (keep {@link #lastWrite()} in the session and hand it back here).
     */
    public <T> T readingAfter(WalPosition position, Supplier<T> work) {
        Objects.requireNonNull(position, "position");
        WalPosition outer = readingAfter.get();
        readingAfter.set(outer == null ? position : WalPosition.later(outer, position));
        try {
            return work.get();
        } finally {
            readingAfter.set(outer);
        }
    }

    /** Where the calling thread's last committed write ends; empty before one, or without a replica. */
    public Optional<WalPosition> lastWrite() {
        return primary.lastWrite();
    }

    /** Whether reads go to the replica now: one is configured and it is not being avoided after a failure. */
    public boolean replicaInUse() {
        Instant until = replicaAvoidedUntil;
        return replica != null && (until == null || !policy.clock().instant().isBefore(until));
    }

    private @Nullable WalPosition mustSee() {
        WalPosition own = primary.lastWrite().orElse(null);
        WalPosition given = readingAfter.get();
        WalPosition required = own == null ? given : given == null ? own : WalPosition.later(own, given);
        WalPosition seen = seenReplayed.get();
        return required == null || (seen != null && seen.compareTo(required) >= 0) ? null : required;
    }

    private <T> T readIn(EntityManagerFactory side, @Nullable WalPosition mustSee, Function<EntityManager, T> query) {
        EntityManager entityManager = side.createEntityManager();
        current.set(entityManager);
        try {
            Session session = entityManager.unwrap(Session.class);
            // Loaded entities are never flushed back, so Hibernate keeps no snapshots to compare.
            session.setDefaultReadOnly(true);
            return JpaTransactions.committed(entityManager, () -> {
                session.doWork(connection -> {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("SET TRANSACTION READ ONLY");
                    }
                });
                if (mustSee != null) {
                    awaitReplayOf(session, mustSee);
                }
                return query.apply(entityManager);
            });
        } finally {
            current.remove();
            entityManager.close();
        }
    }

    /**
     * Waits until the replica has replayed {@code position}. Read committed takes a new snapshot
     * for each statement, so the query that follows sees everything replayed by then.
     */
    private void awaitReplayOf(Session session, WalPosition position) {
        Instant deadline = policy.clock().instant().plus(policy.catchUpWait());
        while (!replayed(session, position)) {
            if (!policy.clock().instant().isBefore(deadline)) {
                throw new ReplicaBehind();
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ReplicaBehind();
            }
        }
        seenReplayed.set(position);
    }

    /** A server that is not in recovery is the primary itself (or a promoted replica): it has every write. */
    private static boolean replayed(Session session, WalPosition position) {
        return session.doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    select case when pg_is_in_recovery() then pg_last_wal_replay_lsn() >= cast(? as pg_lsn)
                                else pg_current_wal_lsn() >= cast(? as pg_lsn) end""")) {
                query.setString(1, position.lsn());
                query.setString(2, position.lsn());
                try (ResultSet row = query.executeQuery()) {
                    return row.next() && row.getBoolean(1);
                }
            }
        });
    }

    private void avoidReplica(RuntimeException failure) {
        Instant until = policy.clock().instant().plus(policy.retryAfter());
        replicaAvoidedUntil = until;
        LOG.log(System.Logger.Level.WARNING, "The read replica is unreachable ({0}); reads run on the primary until {1}",
                ReplicaFailures.describe(failure), until);
    }

    /** The replica has not replayed the write a read must see within the wait: the read goes to the primary. */
    private static final class ReplicaBehind extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ReplicaBehind() {
            super("the replica is behind", null, false, false);
        }
    }
}
