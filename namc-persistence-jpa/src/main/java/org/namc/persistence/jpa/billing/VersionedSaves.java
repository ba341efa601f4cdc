package org.namc.persistence.jpa.billing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.namc.persistence.jpa.shared.DatabaseErrors;
import org.namc.persistence.jpa.shared.JpaTransactions;
import org.namc.shared.domain.NamcException;

/**
 * Insert-or-update with the stores' optimistic check, as {@code JpaMembers} does it: a row is
 * updated only from the version it was read at, else {@code CONFLICT}. Flushes at once, so a
 * duplicate key or a stale version surfaces from the store's {@code save} itself.
 */
final class VersionedSaves {
    private VersionedSaves() {
    }

    /** @return the version the row has now */
    static <E extends VersionedRow> long save(EntityManager em, Class<E> type, Object id, long versionRead,
                                              String description, Supplier<E> newRow, Consumer<E> copy) {
        E stored = em.find(type, id);
        if (stored == null) {
            E created = newRow.get();
            copy.accept(created);
            em.persist(created);
            flush(em);
            return created.version;
        }
        if (stored.version != versionRead) {
            throw NamcException.conflict(description + " was changed concurrently (version " + versionRead
                    + " is stale)");
        }
        copy.accept(stored);
        flush(em);
        return stored.version;
    }

    /**
     * The lock for reading an aggregate the unit may change: inside a unit the row stays locked
     * until the unit ends, so concurrent units on one aggregate queue up and each sees the
     * previous one's result (a second payment of one invoice finds it paid before charging
     * anyone) instead of failing late with {@code CONFLICT}. Outside a unit nothing is held.
     */
    static LockModeType lockForChange(JpaTransactions transactions) {
        return transactions.isActive() ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE;
    }

    static void flush(EntityManager em) {
        try {
            em.flush();
        } catch (PersistenceException failure) {
            throw DatabaseErrors.translate(failure);
        }
    }
}
