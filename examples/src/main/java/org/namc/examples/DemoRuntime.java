package org.namc.examples;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.namc.NamcPortal;
import org.namc.NamcPortalBuilder;
import org.namc.audit.domain.AuditEntry;
import org.namc.audit.spi.AuditEntries;
import org.namc.persistence.jpa.JpaPersistence;
import org.namc.persistence.jpa.shared.JpaTransactions;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.AuditRecord;
import org.namc.shared.domain.AuditRecord.Outcome;
import org.namc.testing.MutableClock;
import org.namc.testing.SequentialIds;
import org.namc.testing.inmemory.InMemoryAdapters;

/**
 * The portal the demo's stories run on: the in-memory default runtime, or the same with every
 * store {@link JpaPersistence} provides on PostgreSQL instead.
 */
final class DemoRuntime {
    private final MutableClock clock;
    private final InMemoryAdapters adapters;
    private final @Nullable JpaPersistence persistence;
    private final AuditEntries auditTrail;
    private final NamcPortal portal;

    private DemoRuntime(MutableClock clock, @Nullable JpaPersistence persistence) {
        this.clock = clock;
        this.adapters = new InMemoryAdapters(clock, new SequentialIds());
        this.persistence = persistence;
        this.auditTrail = persistence == null ? adapters.auditEntries() : persistence.auditEntries();
        NamcPortalBuilder builder = adapters.applyTo(NamcPortal.builder());
        this.portal = (persistence == null ? builder : builder.stores(persistence)).build();
        portal.access().seedSystemRoles(Actor.system());
    }

    static DemoRuntime inMemory(MutableClock clock) {
        return new DemoRuntime(clock, null);
    }

    /** In memory but for the stores {@code persistence} provides, which it puts on the builder last. */
    static DemoRuntime on(JpaPersistence persistence, MutableClock clock) {
        return new DemoRuntime(clock, persistence);
    }

    NamcPortal portal() {
        return portal;
    }

    MutableClock clock() {
        return clock;
    }

    /** The in-memory adapters: the ports that are not persistence (channels, notices) are read here. */
    InMemoryAdapters adapters() {
        return adapters;
    }

    /** Where the runtime keeps its data, for the transcript's first line. */
    String storage() {
        return persistence == null ? "in-memory adapters"
                : "PostgreSQL (schema " + persistence.schema() + ") for the JPA stores, in-memory adapters for the rest";
    }

    /** Everything the audit trail holds, oldest first. */
    List<AuditRecord> auditRecords() {
        return auditTrail.chain(1, Integer.MAX_VALUE).stream().map(AuditEntry::toRecord).toList();
    }

    /**
     * Flips a stored audit entry's outcome behind the library's back, as someone with access to
     * the storage could; flipping it again restores the entry.
     */
    void flipStoredOutcome(long sequence) {
        if (persistence == null) {
            adapters.auditEntries().tamper(sequence, e -> new AuditEntry(e.id(), e.sequence(), e.occurredAt(), e.actor(),
                    e.actorRoles(), e.action(), e.resourceType(), e.resourceId(),
                    e.outcome() == Outcome.SUCCESS ? Outcome.FAILURE : Outcome.SUCCESS, e.error(), e.changes(),
                    e.severity(), e.category(), e.complianceRelevant(), e.request(), e.previousHash(), e.hash()));
            return;
        }
        // Plain SQL on the library's own connections, as an intruder owning the schema would: the
        // append-only trigger stops everyone else, so the owner switches it off for the rewrite.
        ((JpaTransactions) persistence.transactions()).withEntityManager(em -> {
            em.createNativeQuery("alter table audit_logs disable trigger audit_logs_append_only").executeUpdate();
            int changed = em.createNativeQuery("update audit_logs set success = not success where sequence = :sequence")
                    .setParameter("sequence", sequence).executeUpdate();
            em.createNativeQuery("alter table audit_logs enable trigger audit_logs_append_only").executeUpdate();
            return changed;
        });
    }
}
