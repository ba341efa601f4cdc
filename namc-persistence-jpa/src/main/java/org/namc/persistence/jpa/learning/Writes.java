package org.namc.persistence.jpa.learning;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;
import org.namc.persistence.jpa.shared.DatabaseErrors;
import org.namc.shared.domain.NamcException;

/** What every learning store does when it writes a row. */
final class Writes {
    private Writes() {
    }

    /**
     * Inserts a new row, or updates {@code stored} when it is still at the row version the
     * caller read ({@code CONFLICT} otherwise), and flushes at once.
     *
     * @param created the new row, with what never changes after insert
     * @param copy    writes the changeable state into the row
     * @return the row, at its new version
     */
    static <E> E save(EntityManager em, @Nullable E stored, Supplier<E> created, Consumer<E> copy,
                      ToLongFunction<E> versionOf, long read, String what) {
        E row = stored;
        if (row == null) {
            row = created.get();
            copy.accept(row);
            em.persist(row);
        } else {
            if (versionOf.applyAsLong(row) != read) {
                throw stale(what, read);
            }
            copy.accept(row);
        }
        flush(em);
        return row;
    }

    static NamcException stale(String what, long read) {
        return NamcException.conflict(what + " was changed concurrently (version " + read + " is stale)");
    }

    /** Flushes now, so that a duplicate key or a stale version surfaces from the store's save as {@code CONFLICT}. */
    static void flush(EntityManager em) {
        try {
            em.flush();
        } catch (PersistenceException failure) {
            throw DatabaseErrors.translate(failure);
        }
    }
}
