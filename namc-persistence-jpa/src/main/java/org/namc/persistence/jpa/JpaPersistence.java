package org.namc.persistence.jpa;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jspecify.annotations.Nullable;
import org.namc.NamcPortalBuilder;
import org.namc.audit.spi.AuditEntries;
import org.namc.membership.spi.Members;
import org.namc.membership.spi.SecurityTokens;
import org.namc.persistence.jpa.audit.AuditLogMaintenance;
import org.namc.persistence.jpa.audit.JpaAuditEntries;
import org.namc.persistence.jpa.membership.JpaMembers;
import org.namc.persistence.jpa.membership.JpaSecurityTokens;
import org.namc.persistence.jpa.shared.JpaTransactions;
import org.namc.persistence.jpa.shared.ReadOnlyQueries;
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
 * {@link #close()} releases the entity manager factories and the connection pools the library
 * created (the primary's and a read replica's).
 */
public final class JpaPersistence implements AutoCloseable {
    private final EntityManagerFactory entityManagerFactory;
    private final @Nullable AutoCloseable ownedPool;
    private final @Nullable ReadReplica replica;
    private final JpaTransactions transactions;
    private final ReadOnlyQueries readOnlyQueries;
    private final JpaMembers members;
    private final JpaSecurityTokens securityTokens;
    private final JpaAuditEntries auditEntries;
    private final AuditLogMaintenance auditLogMaintenance;
    private final String schema;

    JpaPersistence(EntityManagerFactory entityManagerFactory, @Nullable AutoCloseable ownedPool, String schema,
            @Nullable ReadReplica replica) {
        this.entityManagerFactory = entityManagerFactory;
        this.ownedPool = ownedPool;
        this.replica = replica;
        this.schema = schema;
        this.transactions = new JpaTransactions(entityManagerFactory);
        this.readOnlyQueries = new ReadOnlyQueries(transactions,
                replica != null ? replica.entityManagerFactory() : entityManagerFactory);
        this.members = new JpaMembers(transactions);
        this.securityTokens = new JpaSecurityTokens(transactions);
        this.auditEntries = new JpaAuditEntries(transactions, schema);
        this.auditLogMaintenance = new AuditLogMaintenance(transactions, schema);
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
                .securityTokens(securityTokens);
    }

    public Transactions transactions() {
        return transactions;
    }

    /**
     * Reads in read-only transactions, on the read replica when one was configured: for
     * searches and listings (see {@link ReadOnlyQueries}).
     */
    public ReadOnlyQueries readOnlyQueries() {
        return readOnlyQueries;
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
        Resources.closeAll(replica, entityManagerFactory, ownedPool);
    }

    @Override
    public String toString() {
        return "JpaPersistence[schema=" + schema + "]";
    }
}
