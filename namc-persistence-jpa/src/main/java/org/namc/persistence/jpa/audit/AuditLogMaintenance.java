package org.namc.persistence.jpa.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.namc.audit.domain.AuditEntry;
import org.namc.audit.domain.RequestContext;
import org.namc.shared.crypto.TimeOrderedIdGenerator;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.AuditRecord;
import org.namc.shared.spi.IdGenerator;
import java.time.YearMonth;
import java.util.Objects;
import org.namc.persistence.jpa.shared.JpaTransactions;

/**
 * Upkeep of {@code audit_logs} that a host schedules (e.g. monthly): creating the monthly
 * partitions ahead of time, and moving old entries to {@code audit_logs_archive}. Both run the
 * SQL functions the migrations define, in the library's schema, holding the audit chain's lock
 * ({@link ChainLock}): several nodes may run them at once, and beside appends.
 */
public final class AuditLogMaintenance {
    static final String ARCHIVE_ACTION = "audit.archive";

    private final JpaTransactions transactions;
    private final String schema;
    private final JpaAuditEntries entries;
    private final Clock clock;
    private final IdGenerator ids;

    /** @param schema the library's schema, already validated as a plain lower-case identifier */
    public AuditLogMaintenance(JpaTransactions transactions, String schema, JpaAuditEntries entries, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.schema = Objects.requireNonNull(schema, "schema");
        this.entries = Objects.requireNonNull(entries, "entries");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = new TimeOrderedIdGenerator(clock, new SecureRandom());
    }

    /**
     * Makes sure the partitions of {@code months} UTC months from {@code first} on exist; entries
     * already waiting in the default partition for such a month move into it.
     *
     * @return how many partitions were created
     */
    public int ensureMonthlyPartitions(YearMonth first, int months) {
        if (months < 1 || months > 120) {
            throw new IllegalArgumentException("months must be between 1 and 120, not " + months);
        }
        LocalDate firstDay = first.atDay(1);
        return transactions.withEntityManager(em -> {
            ChainLock.take(em, schema);
            return ((Number) em.createNativeQuery(
                        "select " + schema + ".ensure_audit_log_partitions(cast(:first as date), :months)")
                .setParameter("first", firstDay)
                .setParameter("months", months)
                .getSingleResult()).intValue();
        });
    }

    /**
     * Moves the entries older than {@code cutoff} that are not marked compliance-relevant to the
     * archive table, and records the move as an entry of the trail itself (by the system), in
     * the same transaction: an archival never goes unrecorded.
     *
     * @return how many entries were moved
     */
    public int archiveOlderThan(Instant cutoff) {
        return transactions.inTransaction(() -> {
            transactions.withEntityManager(em -> {
                ChainLock.take(em, schema);
                return null;
            });
            int moved = entries.archiveOlderThan(cutoff);
            AuditRecord record = new AuditRecord(clock.instant(), Actor.system(), ARCHIVE_ACTION, "audit", "trail",
                    AuditRecord.Outcome.SUCCESS, null, Map.of(
                            "cutoff", new AuditRecord.Change(null, cutoff.toString()),
                            "archivedEntries", new AuditRecord.Change("0", Integer.toString(moved)),
                            "by", new AuditRecord.Change(null, "maintenance")));
            entries.append(AuditEntry.next(entries.head().orElse(null), ids.newId(), record, List.of("SYSTEM"),
                    RequestContext.NONE));
            return moved;
        });
    }
}
