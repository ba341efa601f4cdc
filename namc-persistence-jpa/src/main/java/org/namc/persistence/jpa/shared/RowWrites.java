package org.namc.persistence.jpa.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.namc.shared.domain.NamcException;

/**
 * The write every "insert or replace by id" store makes: load the row, create it when missing,
 * copy the aggregate in, and flush at once, so that the database's refusals surface from the
 * store's {@code save} and not from a later statement of the unit.
 */
public final class RowWrites {
    private RowWrites() {
    }

    public static <E> void insertOrUpdate(EntityManager em, Class<E> type, Object id, Supplier<E> newRow,
                                          Consumer<E> copyInto,
                                          Function<PersistenceException, RuntimeException> refusal) {
        E row = em.find(type, id);
        boolean isNew = row == null;
        if (isNew) {
            row = newRow.get();
        }
        copyInto.accept(row);
        try {
            if (isNew) {
                em.persist(row);
            }
            em.flush();
        } catch (PersistenceException failure) {
            throw refusal.apply(failure);
        }
    }

    /**
     * {@code CONFLICT} with the message given for the unique key {@code failure} violates, else
     * what {@link DatabaseErrors#translate} makes of it.
     */
    public static RuntimeException refusal(PersistenceException failure, Map<String, String> conflictByUniqueKey) {
        for (Map.Entry<String, String> key : conflictByUniqueKey.entrySet()) {
            if (DatabaseErrors.violatesUnique(failure, key.getKey())) {
                NamcException conflict = NamcException.conflict(key.getValue());
                conflict.initCause(failure);
                return conflict;
            }
        }
        return DatabaseErrors.translate(failure);
    }
}
