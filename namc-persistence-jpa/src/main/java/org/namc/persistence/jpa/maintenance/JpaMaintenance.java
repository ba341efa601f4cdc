package org.namc.persistence.jpa.maintenance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.namc.persistence.jpa.audit.AuditLogMaintenance;
import org.namc.persistence.jpa.shared.JpaTransactions;

/**
 * The library's maintenance use cases, for a host to schedule (daily suits them all); they
 * replace the seed's {@code cron.schedule} jobs. Each takes its cutoff from the injected clock,
 * returns what it did, and may run again at once: a second run finds nothing left to do.
 * The retention periods are the seed's.
 */
public final class JpaMaintenance {
    /** The seed deletes read notifications 30 days after they expired. */
    public static final Duration READ_NOTIFICATIONS_KEPT_AFTER_EXPIRY = Duration.ofDays(30);
    /** Delivered, failed and expired outbox entries are kept this long after they finished, for inquiries. */
    public static final Duration FINISHED_OUTBOX_ENTRIES_KEPT = Duration.ofDays(30);
    /** AI interactions (prompts, outputs, ratings) are kept two years, as long as the live audit trail. */
    public static final Period AI_INTERACTIONS_KEPT = Period.ofYears(2);
    /** The seed moves audit entries older than two years (and not compliance-relevant) to the archive. */
    public static final Period AUDIT_ENTRIES_KEPT_LIVE = Period.ofYears(2);
    /**
     * The tables most written and queried: listings, search, matching, registrations, the inbox,
     * the outbox, the trail. Autovacuum analyses them too, but only after enough rows changed;
     * after a bulk import or clean-up the planner should not wait for that.
     */
    public static final List<String> HOT_TABLES = List.of("users", "projects", "project_applications",
            "course_enrollments", "event_registrations", "payments", "notifications", "notification_outbox",
            "security_tokens", "audit_logs");

    private final JpaTransactions transactions;
    private final AuditLogMaintenance auditLog;
    private final String schema;
    private final Clock clock;
    private final int auditPartitionMonthsAhead;

    /**
     * @param schema the library's schema, already validated as a plain lower-case identifier
     * @param auditPartitionMonthsAhead how many months after the current one must have an audit partition
     */
    public JpaMaintenance(JpaTransactions transactions, AuditLogMaintenance auditLog, String schema, Clock clock,
                          int auditPartitionMonthsAhead) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
        this.schema = Objects.requireNonNull(schema, "schema");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.auditPartitionMonthsAhead = auditPartitionMonthsAhead;
    }

    /** Everything below, in an order where each step benefits the next (statistics come last). */
    public MaintenanceReport runAll() {
        int notifications = deleteOldReadNotifications();
        int outboxEntries = deleteFinishedOutboxEntries();
        int tokens = deleteExpiredSecurityTokens();
        int aiInteractions = deleteOldAiInteractions();
        int partitions = ensureAuditPartitions();
        int archived = archiveOldAuditEntries();
        return new MaintenanceReport(notifications, outboxEntries, tokens, aiInteractions, partitions, archived,
                analyzeHotTables());
    }

    /**
     * Deletes read notifications whose expiry lies more than {@link #READ_NOTIFICATIONS_KEPT_AFTER_EXPIRY}
     * back (their outbox entries go with them). Unread ones stay, as in the seed.
     *
     * @return how many notifications were deleted
     */
    public int deleteOldReadNotifications() {
        Instant cutoff = clock.instant().minus(READ_NOTIFICATIONS_KEPT_AFTER_EXPIRY);
        return delete("delete from " + schema + ".notifications where expires_at < :cutoff and read_at is not null",
                cutoff);
    }

    /**
     * Deletes outbox entries that finished (delivered, failed for good, expired) more than
     * {@link #FINISHED_OUTBOX_ENTRIES_KEPT} ago; pending ones are the dispatcher's and stay.
     *
     * @return how many entries were deleted
     */
    public int deleteFinishedOutboxEntries() {
        Instant cutoff = clock.instant().minus(FINISHED_OUTBOX_ENTRIES_KEPT);
        return delete("delete from " + schema + ".notification_outbox where status <> 'PENDING' and finished_at < :cutoff",
                cutoff);
    }

    /**
     * Deletes AI interactions recorded more than {@link #AI_INTERACTIONS_KEPT} ago, rated or not.
     *
     * @return how many interactions were deleted
     */
    public int deleteOldAiInteractions() {
        Instant cutoff = clock.instant().atOffset(ZoneOffset.UTC).minus(AI_INTERACTIONS_KEPT).toInstant();
        return delete("delete from " + schema + ".ai_feedback where created_at < :cutoff", cutoff);
    }

    /**
     * Deletes single-use tokens (email verification, password reset, login challenges) that have
     * expired, used or not: none of them can be redeemed any more. This is the seed's session
     * clean-up; sessions themselves belong to the host.
     *
     * @return how many tokens were deleted
     */
    public int deleteExpiredSecurityTokens() {
        return delete("delete from " + schema + ".security_tokens where expires_at < :cutoff", clock.instant());
    }

    /**
     * Makes sure the audit trail has its partitions for this UTC month and the configured months
     * after it.
     *
     * @return how many partitions were created
     */
    public int ensureAuditPartitions() {
        return auditLog.ensureMonthlyPartitions(YearMonth.now(clock.withZone(ZoneOffset.UTC)),
                auditPartitionMonthsAhead + 1);
    }

    /**
     * Moves audit entries older than {@link #AUDIT_ENTRIES_KEPT_LIVE} that are not compliance-relevant
     * to the archive.
     *
     * @return how many entries were moved
     */
    public int archiveOldAuditEntries() {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        return auditLog.archiveOlderThan(now.minus(AUDIT_ENTRIES_KEPT_LIVE).toInstant());
    }

    /**
     * Refreshes the planner statistics of {@link #HOT_TABLES} (one {@code ANALYZE}; for the
     * partitioned audit trail it covers every partition).
     *
     * @return the tables analysed
     */
    public List<String> analyzeHotTables() {
        String tables = String.join(", ", HOT_TABLES.stream().map(table -> schema + "." + table).toList());
        transactions.withEntityManager(em -> em.createNativeQuery("analyze " + tables).executeUpdate());
        return HOT_TABLES;
    }

    private int delete(String sql, Instant cutoff) {
        return transactions.withEntityManager(em -> em.createNativeQuery(sql)
                .setParameter("cutoff", cutoff)
                .executeUpdate());
    }
}
