package org.namc.persistence.jpa;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jspecify.annotations.Nullable;
import org.namc.NamcPortalBuilder;
import org.namc.audit.spi.AuditEntries;
import org.namc.membership.spi.Members;
import org.namc.membership.spi.SecurityTokens;
import org.namc.notifications.spi.MemberPreferences;
import org.namc.notifications.spi.NotificationTemplates;
import org.namc.notifications.spi.Notifications;
import org.namc.notifications.spi.Outbox;
import org.namc.persistence.jpa.audit.AuditLogMaintenance;
import org.namc.persistence.jpa.audit.JpaAuditEntries;
import org.namc.persistence.jpa.maintenance.JpaMaintenance;
import org.namc.persistence.jpa.membership.JpaMembers;
import org.namc.persistence.jpa.membership.JpaSecurityTokens;
import org.namc.persistence.jpa.notifications.JpaMemberPreferences;
import org.namc.persistence.jpa.notifications.JpaNotificationTemplates;
import org.namc.persistence.jpa.notifications.JpaNotifications;
import org.namc.persistence.jpa.notifications.JpaOutbox;
import org.namc.persistence.jpa.shared.JpaTransactions;
import org.namc.shared.spi.Transactions;

/**
 * The PostgreSQL adapters of NAMC Portal Core, ready to hand to {@code NamcPortal.builder()}:
 * <pre>{@code
 * JpaPersistence persistence = JpaPersistence.builder()
 *         .jdbcUrl("jdbc:postgresql://db:5432/portal?user=portal&password=...")
 *         .schema("namc")
 *         .build();                       // migrates, validates, creates audit partitions
 * NamcPortal portal = persistence.applyTo(NamcPortal.builder())
 *         .clock(clock)
 *         .secretCipher(cipher)
 *         ...                             // the ports that are not persistence
 *         .build();
 * }</pre>
 * Each store is also available on its own, to mix with other adapters.
 * {@link #close()} releases the entity manager factory and, when the library created it, the
 * connection pool.
 */
public final class JpaPersistence implements AutoCloseable {
    private final EntityManagerFactory entityManagerFactory;
    private final @Nullable AutoCloseable ownedPool;
    private final JpaTransactions transactions;
    private final JpaMembers members;
    private final JpaSecurityTokens securityTokens;
    private final JpaAuditEntries auditEntries;
    private final AuditLogMaintenance auditLogMaintenance;
    private final JpaNotifications notifications;
    private final JpaNotificationTemplates notificationTemplates;
    private final JpaMemberPreferences memberPreferences;
    private final JpaOutbox outbox;
    private final JpaMaintenance maintenance;
    private final String schema;

    JpaPersistence(EntityManagerFactory entityManagerFactory, @Nullable AutoCloseable ownedPool, String schema,
                   Clock clock, int auditPartitionMonthsAhead) {
        this.entityManagerFactory = entityManagerFactory;
        this.ownedPool = ownedPool;
        this.schema = schema;
        this.transactions = new JpaTransactions(entityManagerFactory);
        this.members = new JpaMembers(transactions);
        this.securityTokens = new JpaSecurityTokens(transactions);
        this.auditEntries = new JpaAuditEntries(transactions, schema);
        this.auditLogMaintenance = new AuditLogMaintenance(transactions, schema);
        this.notifications = new JpaNotifications(transactions);
        this.notificationTemplates = new JpaNotificationTemplates(transactions);
        this.memberPreferences = new JpaMemberPreferences(transactions);
        this.outbox = new JpaOutbox(transactions);
        this.maintenance = new JpaMaintenance(transactions, auditLogMaintenance, schema, clock,
                auditPartitionMonthsAhead);
    }

    public static JpaPersistenceBuilder builder() {
        return new JpaPersistenceBuilder();
    }

    /**
     * Puts every persistence port this module implements on {@code builder}: the transactions
     * and all stores, so that they share one database transaction per use case. A later setter
     * on the builder still replaces any of them.
     */
    public NamcPortalBuilder applyTo(NamcPortalBuilder builder) {
        return builder
                .transactions(transactions)
                .auditTrail(auditEntries)
                .members(members)
                .securityTokens(securityTokens)
                .notifications(notifications)
                .notificationTemplates(notificationTemplates)
                .memberPreferences(memberPreferences)
                .outbox(outbox);
    }

    public Transactions transactions() {
        return transactions;
    }

    public Members members() {
        return members;
    }

    public SecurityTokens securityTokens() {
        return securityTokens;
    }

    /** The hash-chained audit trail ({@code audit_logs} and its archive), for {@code NamcPortalBuilder.auditTrail}. */
    public AuditEntries auditEntries() {
        return auditEntries;
    }

    /** Partition creation and archiving of the audit trail, for the host to schedule. */
    public AuditLogMaintenance auditLogMaintenance() {
        return auditLogMaintenance;
    }

    public Notifications notifications() {
        return notifications;
    }

    public NotificationTemplates notificationTemplates() {
        return notificationTemplates;
    }

    public MemberPreferences memberPreferences() {
        return memberPreferences;
    }

    /** The notification outbox; concurrent dispatchers never take the same entry. */
    public Outbox outbox() {
        return outbox;
    }

    /**
     * Retention clean-ups, audit partitions and archival, and statistics of the busiest tables,
     * for the host to schedule; cutoffs come from the builder's clock.
     */
    public JpaMaintenance maintenance() {
        return maintenance;
    }

    /**
     * Hibernate's statistics of this persistence unit; they only count when the builder had
     * {@code collectStatistics(true)}.
     */
    public Statistics statistics() {
        return entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    }

    /** The database schema the library's tables live in. */
    public String schema() {
        return schema;
    }

    @Override
    public void close() {
        RuntimeException failure = null;
        try {
            entityManagerFactory.close();
        } catch (RuntimeException e) {
            failure = e;
        }
        if (ownedPool != null) {
            try {
                ownedPool.close();
            } catch (Exception e) {
                RuntimeException wrapped = new IllegalStateException("closing the connection pool failed", e);
                if (failure == null) {
                    failure = wrapped;
                } else {
                    failure.addSuppressed(wrapped);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public String toString() {
        return "JpaPersistence[schema=" + schema + "]";
    }
}
