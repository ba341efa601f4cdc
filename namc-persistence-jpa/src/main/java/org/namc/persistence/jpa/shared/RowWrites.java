package org.namc.persistence.jpa.shared;

import org.namc.shared.domain.CommonRefusal;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.NamcException;

/**
 * The writes the stores make: load the row, create it when missing, copy the aggregate in, and
 * flush at once, so that the database's refusals surface from the store's {@code save} and not
 * from a later statement of the unit.
 */
public final class RowWrites {
    private RowWrites() {
    }

    /** Insert or replace by id, without a version check. */
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
     * Loads the {@link VersionedRow} of {@code type} with {@code id} and saves it as
     * {@link #saveVersioned(EntityManager, Object, Supplier, Consumer, ToLongFunction, long, String, Function)} does.
     *
     * @return the version the row has now
     */
    public static <E extends VersionedRow> long saveVersioned(
            EntityManager em, Class<E> type, Object id, long read, String what, Supplier<E> created, Consumer<E> copy) {
        return saveVersioned(em, type, id, read, what, created, copy, DatabaseErrors::translate);
    }

    /** As the overload above, a refusal of the flush becoming what {@code refusal} makes of it. */
    public static <E extends VersionedRow> long saveVersioned(
            EntityManager em, Class<E> type, Object id, long read, String what, Supplier<E> created, Consumer<E> copy,
            Function<PersistenceException, RuntimeException> refusal) {
        return saveVersioned(em, em.find(type, id), created, copy, row -> row.version, read, what, refusal).version;
    }

    /** The versioned save below, refusals translated by {@link DatabaseErrors#translate}. */
    public static <E> E saveVersioned(EntityManager em, @Nullable E stored, Supplier<E> created, Consumer<E> copy,
                                      ToLongFunction<E> versionOf, long read, String what) {
        return saveVersioned(em, stored, created, copy, versionOf, read, what, DatabaseErrors::translate);
    }

    /**
     * Inserts a new row, or updates {@code stored} when it is still at the row version the
     * caller read ({@code CONFLICT} otherwise), and flushes at once.
     *
     * @param created the new row, with what never changes after insert
     * @param copy    writes the changeable state into the row
     * @param refusal what a refusal of the flush becomes
     * @return the row, at its new version
     */
    public static <E> E saveVersioned(EntityManager em, @Nullable E stored, Supplier<E> created, Consumer<E> copy,
                                      ToLongFunction<E> versionOf, long read, String what,
                                      Function<PersistenceException, RuntimeException> refusal) {
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
        flush(em, refusal);
        return row;
    }

    /** {@code CONFLICT}: {@code what} was changed since the caller read it at version {@code read}. */
    public static NamcException stale(String what, long read) {
        return NamcException.refused(CommonRefusal.CONCURRENT_CHANGE, what + " was changed concurrently (version " + read + " is stale)");
    }

    /**
     * The version to store next for a row whose version the store keeps itself, or {@code CONFLICT}
     * when {@code given} is stale. Read the row with {@code SELECT ... FOR UPDATE} first, so check
     * and bump are atomic; the version moves on with every save, changed fields or not.
     */
    public static long nextVersion(long stored, long given, String what) {
        if (stored != given) {
            throw stale(what, given);
        }
        return stored + 1;
    }

    /** Flushes now, so that a duplicate key or a stale version surfaces from the store's save as {@code CONFLICT}. */
    public static void flush(EntityManager em) {
        flush(em, DatabaseErrors::translate);
    }

    /** Flushes now; a refusal becomes what {@code refusal} makes of it. */
    public static void flush(EntityManager em, Function<PersistenceException, RuntimeException> refusal) {
        try {
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
                NamcException conflict = NamcException.refused(CommonRefusal.DUPLICATE, key.getValue());
                conflict.initCause(failure);
                return conflict;
            }
        }
        return DatabaseErrors.translate(failure);
    }
}
