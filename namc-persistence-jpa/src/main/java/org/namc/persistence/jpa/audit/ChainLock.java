package org.namc.persistence.jpa.audit;

import jakarta.persistence.EntityManager;

/**
 * The audit chain's transaction-scoped advisory lock, one per schema (see {@link JpaAuditEntries}).
 * Appends hold it from reading the head to commit; partition upkeep and archival take it too,
 * so that no entry is written while rows move between partitions or into the archive.
 */
final class ChainLock {
    /** The lock's first key: "NAMC" in ASCII. The second is the schema's, so each schema has its own chain lock. */
    private static final int LOCK_CLASS = 0x4E414D43;

    private ChainLock() {
    }

    /** Waits for the lock and holds it until the running transaction ends. */
    static void take(EntityManager em, String schema) {
        em.createNativeQuery("select count(*) from pg_advisory_xact_lock(:class, :key)")
                .setParameter("class", LOCK_CLASS)
                .setParameter("key", schema.hashCode())
                .getSingleResult();
    }
}
