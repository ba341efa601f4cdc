package org.namc.persistence.jpa.learning;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.namc.persistence.jpa.shared.DatabaseErrors;
import org.namc.shared.domain.NamcException;

/** What every learning store does when it writes a row. */
final class Writes {
    private Writes() {
    }

    /** Refuses a save based on a row version other than the stored one. */
    static void requireVersion(long stored, long read, String what) {
        if (stored != read) {
            throw NamcException.conflict(what + " was changed concurrently (version " + read + " is stale)");
        }
    }

    /** Flushes now, so that a duplicate key or a stale version surfaces from {@code save} itself as {@code CONFLICT}. */
    static void flush(EntityManager em) {
        try {
            em.flush();
        } catch (PersistenceException failure) {
            throw DatabaseErrors.translate(failure);
        }
    }
}
