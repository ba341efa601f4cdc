package org.namc.persistence.jpa.projects;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.namc.persistence.jpa.shared.DatabaseErrors;
import org.namc.shared.domain.NamcException;

/** The write rules the projects stores share: versions checked under a row lock, and flushing with typed errors. */
final class RowWrites {
    private RowWrites() {
    }

    /**
     * The version to store next, or {@code CONFLICT} when {@code given} is stale. The stores read
     * the row with {@code SELECT ... FOR UPDATE} first, so check and bump are atomic, and the
     * version moves on with every save, changed fields or not, as the ports promise.
     */
    static long nextVersion(long stored, long given, String what) {
        if (stored != given) {
            throw NamcException.conflict(what + " was changed concurrently (version " + given + " is stale)");
        }
        return stored + 1;
    }

    /** Flushes now, translating the database's refusals as {@link DatabaseErrors} does. */
    static void flush(EntityManager em) {
        flush(em, null, () -> "");
    }

    /**
     * Flushes now, so that a violated key surfaces from {@code save} itself: {@code CONFLICT} with
     * {@code message} for the named unique key, the database's usual translation otherwise.
     */
    static void flush(EntityManager em, @Nullable String uniqueKey, Supplier<String> message) {
        try {
            em.flush();
        } catch (PersistenceException failure) {
            if (uniqueKey != null && DatabaseErrors.violatesUnique(failure, uniqueKey)) {
                NamcException conflict = NamcException.conflict(message.get());
                conflict.initCause(failure);
                throw conflict;
            }
            throw DatabaseErrors.translate(failure);
        }
    }
}
