package org.namc.persistence.jpa.audit;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.namc.persistence.jpa.shared.JpaTransactions;
import org.namc.shared.crypto.TimeOrderedIdGenerator;
import org.namc.shared.domain.AuditRecord;
import org.namc.shared.spi.AuditTrail;
import org.namc.shared.spi.IdGenerator;

/**
 * The audit trail in {@code audit_logs}. An entry recorded inside a unit of work commits or
 * rolls back with it; one recorded outside commits on its own. Entry ids are time-ordered
 * UUIDs (UUIDv7 from the system clock), so entries with equal timestamps read back in the
 * order they were recorded.
 */
public final class JpaAuditTrail implements AuditTrail {
    private final JpaTransactions transactions;
    private final IdGenerator ids = new TimeOrderedIdGenerator(Clock.systemUTC(), new SecureRandom());

    public JpaAuditTrail(JpaTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public void record(AuditRecord record) {
        transactions.withEntityManager(em -> {
            em.persist(AuditLogMapper.toEntity(ids.newId(), record));
            return null;
        });
    }

    /** The entries that occurred in [{@code from}, {@code until}), oldest first. */
    public List<AuditRecord> recordsBetween(Instant from, Instant until) {
        return transactions.withEntityManager(em -> em.createQuery("""
                        select a from AuditLogJpaEntity a
                        where a.timestamp >= :from and a.timestamp < :until
                        order by a.timestamp, a.id""", AuditLogJpaEntity.class)
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultStream()
                .map(AuditLogMapper::toDomain)
                .toList());
    }
}
