package org.namc.persistence.jpa.projects;

import org.namc.shared.domain.NamcException;

/**
 * The version rule of the projects stores: a save must name the version it read. The stores
 * read the row with {@code SELECT ... FOR UPDATE} before comparing, so check and bump are atomic
 * and the version moves on with every save, changed fields or not, as the ports promise.
 */
final class StoredVersions {
    private StoredVersions() {
    }

    /** The version to store next, or {@code CONFLICT} when {@code given} is stale. */
    static long next(long stored, long given, String what) {
        if (stored != given) {
            throw NamcException.conflict(what + " was changed concurrently (version " + given + " is stale)");
        }
        return stored + 1;
    }
}
