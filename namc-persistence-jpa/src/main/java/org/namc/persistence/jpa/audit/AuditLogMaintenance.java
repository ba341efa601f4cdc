package org.namc.persistence.jpa.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Objects;
import org.namc.persistence.jpa.shared.JpaTransactions;

/**
 * Upkeep of {@code audit_logs} that a host schedules (e.g. monthly): creating the monthly
 * partitions ahead of time, and moving old entries to {@code audit_logs_archive}. Both run the
 * SQL functions the migrations define, in the library's schema, holding the audit chain's lock
 * ({@link ChainLock}): several nodes may run them at once, and beside appends.
 */
public final class AuditLogMaintenance {
    private final JpaTransactions transactions;
    private final String schema;

    /** @param schema the library's schema, already validated as a plain lower-case identifier */
    public AuditLogMaintenance(JpaTransactions transactions, String schema) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.schema = Objects.requireNonNull(schema, "schema");
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
     * archive table.
     *
     * @return how many entries were moved
     */
    public int archiveOlderThan(Instant cutoff) {
        OffsetDateTime at = cutoff.atOffset(ZoneOffset.UTC);
        return transactions.withEntityManager(em -> {
            ChainLock.take(em, schema);
            return ((Number) em.createNativeQuery(
                        "select " + schema + ".archive_audit_logs(cast(:cutoff as timestamptz))")
                .setParameter("cutoff", at)
                .getSingleResult()).intValue();
        });
    }
}
