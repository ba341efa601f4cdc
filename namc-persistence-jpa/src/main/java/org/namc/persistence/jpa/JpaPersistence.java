package org.namc.persistence.jpa;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jspecify.annotations.Nullable;
import org.namc.NamcPortalBuilder;
import org.namc.audit.spi.AuditEntries;
import org.namc.billing.spi.BillingAccounts;
import org.namc.billing.spi.CoveredPeriods;
import org.namc.billing.spi.CreditNotes;
import org.namc.billing.spi.InvoiceNumbers;
import org.namc.billing.spi.Invoices;
import org.namc.billing.spi.MembershipTiers;
import org.namc.billing.spi.Payments;
import org.namc.billing.spi.Subscriptions;
import org.namc.membership.spi.Members;
import org.namc.membership.spi.SecurityTokens;
import org.namc.persistence.jpa.audit.AuditLogMaintenance;
import org.namc.persistence.jpa.audit.JpaAuditEntries;
import org.namc.persistence.jpa.billing.JpaBillingAccounts;
import org.namc.persistence.jpa.billing.JpaCoveredPeriods;
import org.namc.persistence.jpa.billing.JpaCreditNotes;
import org.namc.persistence.jpa.billing.JpaInvoiceNumbers;
import org.namc.persistence.jpa.billing.JpaInvoices;
import org.namc.persistence.jpa.billing.JpaMembershipTiers;
import org.namc.persistence.jpa.billing.JpaPayments;
import org.namc.persistence.jpa.billing.JpaSubscriptions;
import org.namc.persistence.jpa.membership.JpaMembers;
import org.namc.persistence.jpa.membership.JpaSecurityTokens;
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
    private final String schema;
    private final JpaMembershipTiers membershipTiers;
    private final JpaBillingAccounts billingAccounts;
    private final JpaSubscriptions subscriptions;
    private final JpaInvoices invoices;
    private final JpaInvoiceNumbers invoiceNumbers;
    private final JpaPayments payments;
    private final JpaCreditNotes creditNotes;
    private final JpaCoveredPeriods coveredPeriods;

    JpaPersistence(EntityManagerFactory entityManagerFactory, @Nullable AutoCloseable ownedPool, String schema) {
        this.entityManagerFactory = entityManagerFactory;
        this.ownedPool = ownedPool;
        this.schema = schema;
        this.transactions = new JpaTransactions(entityManagerFactory);
        this.members = new JpaMembers(transactions);
        this.securityTokens = new JpaSecurityTokens(transactions);
        this.auditEntries = new JpaAuditEntries(transactions, schema);
        this.auditLogMaintenance = new AuditLogMaintenance(transactions, schema);
        this.membershipTiers = new JpaMembershipTiers(transactions);
        this.billingAccounts = new JpaBillingAccounts(transactions);
        this.subscriptions = new JpaSubscriptions(transactions);
        this.invoices = new JpaInvoices(transactions);
        this.invoiceNumbers = new JpaInvoiceNumbers(transactions, schema);
        this.payments = new JpaPayments(transactions);
        this.creditNotes = new JpaCreditNotes(transactions);
        this.coveredPeriods = new JpaCoveredPeriods(transactions);
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
                .membershipTiers(membershipTiers)
                .billingAccounts(billingAccounts)
                .subscriptions(subscriptions)
                .invoices(invoices)
                .invoiceNumbers(invoiceNumbers)
                .payments(payments)
                .creditNotes(creditNotes)
                .coveredPeriods(coveredPeriods);
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

    public MembershipTiers membershipTiers() {
        return membershipTiers;
    }

    public BillingAccounts billingAccounts() {
        return billingAccounts;
    }

    public Subscriptions subscriptions() {
        return subscriptions;
    }

    public Invoices invoices() {
        return invoices;
    }

    /** Gap-free invoice and credit-note numbers; take them inside the unit of work that issues the document. */
    public InvoiceNumbers invoiceNumbers() {
        return invoiceNumbers;
    }

    public Payments payments() {
        return payments;
    }

    public CreditNotes creditNotes() {
        return creditNotes;
    }

    public CoveredPeriods coveredPeriods() {
        return coveredPeriods;
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
