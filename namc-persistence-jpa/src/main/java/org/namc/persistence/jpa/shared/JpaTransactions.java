package org.namc.persistence.jpa.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.LockModeType;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.namc.shared.spi.Transactions;

/**
 * Database transactions for the core's units of work: one {@link EntityManager} and one
 * resource-local transaction per outermost unit, bound to the calling thread. A unit started
 * inside a running one joins it, so a failure anywhere rolls the whole unit back. Store calls
 * made outside any unit run in a short transaction of their own.
 */
public final class JpaTransactions implements Transactions {
    private final EntityManagerFactory entityManagerFactory;
    private final ThreadLocal<@Nullable EntityManager> current = new ThreadLocal<>();

    public JpaTransactions(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = Objects.requireNonNull(entityManagerFactory, "entityManagerFactory");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        EntityManager entityManager = entityManagerFactory.createEntityManager();
        current.set(entityManager);
        try {
            return committed(entityManager, work);
        } finally {
            current.remove();
            entityManager.close();
        }
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
