package org.namc.persistence.jpa.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.LockModeType;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.jspecify.annotations.Nullable;
import org.namc.shared.spi.Transactions;

/**
 * Database transactions for the core's units of work: one {@link EntityManager} and one
 * resource-local transaction per outermost unit, bound to the calling thread. A unit started
 * inside a running one joins it, so a failure anywhere rolls the whole unit back. Store calls
 * made outside any unit run in a short transaction of their own.
 *
 * <p>With a read replica, each thread's last committed write is remembered as a
 * {@link WalPosition}, so that its later reads on the replica can wait for that write
 * (see {@link ReadOnlyQueries}). That costs two short queries per unit that wrote.
 */
public final class JpaTransactions implements Transactions {
    private static final System.Logger LOG = System.getLogger(JpaTransactions.class.getName());
    private final EntityManagerFactory entityManagerFactory;
    private final boolean trackWritePositions;
    private final ThreadLocal<@Nullable EntityManager> current = new ThreadLocal<>();
    private final ThreadLocal<@Nullable WalPosition> lastWrite = new ThreadLocal<>();

    public JpaTransactions(EntityManagerFactory entityManagerFactory) {
        this(entityManagerFactory, false);
    }

    /** @param trackWritePositions whether to remember each thread's last write (when reads may go to a replica) */
    public JpaTransactions(EntityManagerFactory entityManagerFactory, boolean trackWritePositions) {
        this.entityManagerFactory = Objects.requireNonNull(entityManagerFactory, "entityManagerFactory");
        this.trackWritePositions = trackWritePositions;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        EntityManager entityManager = entityManagerFactory.createEntityManager();
        current.set(entityManager);
        try {
            if (!trackWritePositions) {
                return committed(entityManager, work);
            }
            boolean[] wrote = {false};
            T result = committed(entityManager, () -> {
                T value = work.get();
                entityManager.flush();
                wrote[0] = "t".equals(scalar(entityManager, "select pg_current_xact_id_if_assigned() is not null"));
                return value;
            });
            if (wrote[0]) {
                rememberWritePosition(entityManager);
            }
            return result;
        } finally {
            current.remove();
            entityManager.close();
        }
    }

    /**
     * Asked after the commit: the current WAL position then lies at or past the commit record.
     * The unit has committed, so a failure here must not fail it: the thread's reads may then
     * miss this write on the replica until its next write, which the warning says.
     */
    private void rememberWritePosition(EntityManager entityManager) {
        try {
            lastWrite.set(new WalPosition(scalar(entityManager, "select pg_current_wal_lsn()")));
        } catch (RuntimeException failure) {
            LOG.log(System.Logger.Level.WARNING, "Could not read the WAL position after a commit; reads on the"
                    + " replica may not show this write yet ({0})", failure.getClass().getSimpleName());
        }
    }

    /**
     * Where the calling thread's last committed write ends in the WAL; empty before its first
     * write, or when positions are not tracked (no read replica).
     */
    public Optional<WalPosition> lastWrite() {
        return Optional.ofNullable(lastWrite.get());
    }

    /** One value of a one-row SQL query, as text, on the entity manager's connection; by plain JDBC, so no statistics count it. */
    static String scalar(EntityManager entityManager, String sql) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
                row.next();
                return row.getString(1);
            }
        });
    }

    /** Runs {@code work} in a new transaction of {@code entityManager}: committed, or rolled back and translated. */
    static <T> T committed(EntityManager entityManager, Supplier<T> work) {
        EntityTransaction transaction = entityManager.getTransaction();
        try {
            transaction.begin();
            T result = work.get();
            transaction.commit();
            return result;
        } catch (RuntimeException failure) {
            rollBack(transaction, failure);
            throw DatabaseErrors.translate(failure);
        } catch (Error failure) {
            rollBack(transaction, failure);
            throw failure;
        }
    }

    /**
     * Runs {@code work} with the entity manager of the running unit, or in a unit of its own
     * when none runs. For the stores of this module.
     */
    public <T> T withEntityManager(Function<EntityManager, T> work) {
        return inTransaction(() -> work.apply(Objects.requireNonNull(current.get())));
    }

    /** Whether the calling thread runs inside a unit, i.e. whether row locks taken now are held until it ends. */
    public boolean isActive() {
        return current.get() != null;
    }

    /**
     * The lock for reading an aggregate the unit may change: inside a unit the row stays locked
     * until the unit ends, so concurrent units on one aggregate queue up and each sees the
     * previous one's result instead of failing late with {@code CONFLICT}. Outside a unit nothing is held.
     */
    public LockModeType lockForChange() {
        return isActive() ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE;
    }

    private static void rollBack(EntityTransaction transaction, Throwable failure) {
        try {
            if (transaction.isActive()) {
                transaction.rollback();
            }
        } catch (RuntimeException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }
}
