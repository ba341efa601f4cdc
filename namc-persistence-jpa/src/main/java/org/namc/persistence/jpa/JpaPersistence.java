package org.namc.persistence.jpa;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jspecify.annotations.Nullable;
import org.namc.PortalStores;
import org.namc.access.spi.RoleGrants;
import org.namc.access.spi.Roles;
import org.namc.audit.spi.AuditEntries;
import org.namc.billing.spi.BillingAccounts;
import org.namc.billing.spi.CoveredPeriods;
import org.namc.billing.spi.CreditNotes;
import org.namc.billing.spi.GatewayEvents;
import org.namc.billing.spi.InvoiceNumbers;
import org.namc.billing.spi.Invoices;
import org.namc.billing.spi.MembershipTiers;
import org.namc.billing.spi.Payments;
import org.namc.billing.spi.Subscriptions;
import org.namc.events.spi.EventRegistrations;
import org.namc.events.spi.Events;
import org.namc.insights.spi.AiInteractions;
import org.namc.insights.spi.AiModels;
import org.namc.learning.spi.Assessments;
import org.namc.learning.spi.Attempts;
import org.namc.learning.spi.Certificates;
import org.namc.learning.spi.Courses;
import org.namc.learning.spi.Enrollments;
import org.namc.learning.spi.LessonProgressRecords;
import org.namc.membership.spi.Members;
import org.namc.membership.spi.SecurityTokens;
import org.namc.messaging.spi.MemberBlocks;
import org.namc.messaging.spi.Messages;
import org.namc.notifications.spi.MemberPreferences;
import org.namc.notifications.spi.NotificationTemplates;
import org.namc.notifications.spi.Notifications;
import org.namc.notifications.spi.Outbox;
import org.namc.persistence.jpa.access.JpaRoleGrants;
import org.namc.access.spi.AccessChanges;
import org.namc.persistence.jpa.access.JpaAccessChanges;
import org.namc.persistence.jpa.access.JpaRoles;
import org.namc.persistence.jpa.audit.AuditLogMaintenance;
import org.namc.persistence.jpa.audit.JpaAuditEntries;
import org.namc.persistence.jpa.billing.JpaBillingAccounts;
import org.namc.persistence.jpa.billing.JpaCoveredPeriods;
import org.namc.persistence.jpa.billing.JpaCreditNotes;
import org.namc.persistence.jpa.billing.JpaGatewayEvents;
import org.namc.persistence.jpa.billing.JpaInvoiceNumbers;
import org.namc.persistence.jpa.billing.JpaInvoices;
import org.namc.persistence.jpa.billing.JpaMembershipTiers;
import org.namc.persistence.jpa.billing.JpaPayments;
import org.namc.persistence.jpa.billing.JpaSubscriptions;
import org.namc.persistence.jpa.events.JpaEventRegistrations;
import org.namc.persistence.jpa.events.JpaEvents;
import org.namc.persistence.jpa.health.HealthReport;
import org.namc.persistence.jpa.health.PersistenceHealth;
import org.namc.persistence.jpa.insights.JpaAiInteractions;
import org.namc.persistence.jpa.insights.JpaAiModels;
import org.namc.persistence.jpa.learning.JpaAssessments;
import org.namc.persistence.jpa.learning.JpaAttempts;
import org.namc.persistence.jpa.learning.JpaCertificates;
import org.namc.persistence.jpa.learning.JpaCourses;
import org.namc.persistence.jpa.learning.JpaEnrollments;
import org.namc.persistence.jpa.learning.JpaLessonProgressRecords;
import org.namc.persistence.jpa.maintenance.JpaMaintenance;
import org.namc.persistence.jpa.membership.JpaMembers;
import org.namc.persistence.jpa.membership.JpaSecurityTokens;
import org.namc.persistence.jpa.messaging.JpaMemberBlocks;
import org.namc.persistence.jpa.messaging.JpaMessages;
import org.namc.persistence.jpa.notifications.JpaMemberPreferences;
import org.namc.persistence.jpa.notifications.JpaNotificationTemplates;
import org.namc.persistence.jpa.notifications.JpaNotifications;
import org.namc.persistence.jpa.notifications.JpaMemberContacts;
import org.namc.persistence.jpa.notifications.JpaOutbox;
import org.namc.persistence.jpa.notifications.JpaPushSubscriptions;
import org.namc.persistence.jpa.projects.JpaMatchProspects;
import org.namc.persistence.jpa.projects.JpaProjectApplications;
import org.namc.persistence.jpa.projects.JpaProjectSearch;
import org.namc.persistence.jpa.projects.JpaProjects;
import org.namc.persistence.jpa.projects.JpaQualifications;
import org.namc.persistence.jpa.shared.JpaTransactions;
import org.namc.persistence.jpa.shared.ReadOnlyQueries;
import org.namc.persistence.jpa.shared.ReplicaPolicy;
import org.namc.projects.spi.MatchProspects;
import org.namc.projects.spi.ProjectApplications;
import org.namc.projects.spi.ProjectSearch;
import org.namc.projects.spi.Projects;
import org.namc.projects.spi.Qualifications;
import org.namc.shared.spi.Transactions;

/**
 * The PostgreSQL adapters of NAMC Portal Core, ready to hand to {@code NamcPortal.builder()}:
 * <pre>{@code
 * JpaPersistence persistence = JpaPersistence.builder()
 *         .jdbcUrl("jdbc:postgresql://db:5432/portal?user=portal&password=...")
 *         .schema("namc")
 *         .build();                       // migrates, validates, creates audit partitions
 * NamcPortal portal = NamcPortal.builder().stores(persistence)
 *         .clock(clock)
 *         .secretCipher(cipher)
 *         ...                             // the ports that are not persistence
 *         .build();
 * }</pre>
 * Each store is also available on its own, to mix with other adapters.
 * {@link #close()} releases the entity manager factories and the connection pools the library
 * created (the primary's and a read replica's).
 */
public final class JpaPersistence implements PortalStores, AutoCloseable {
    private final EntityManagerFactory entityManagerFactory;
    private final @Nullable AutoCloseable ownedPool;
    private final @Nullable ReadReplica replica;
    private final JpaTransactions transactions;
    private final ReadOnlyQueries readOnlyQueries;
    private final JpaMembers members;
    private final JpaSecurityTokens securityTokens;
    private final JpaAuditEntries auditEntries;
    private final AuditLogMaintenance auditLogMaintenance;
    private final JpaCourses courses;
    private final JpaEnrollments enrollments;
    private final JpaLessonProgressRecords lessonProgress;
    private final JpaAssessments assessments;
    private final JpaAttempts attempts;
    private final JpaCertificates certificates;
    private final JpaEvents events;
    private final JpaEventRegistrations eventRegistrations;
    private final JpaMessages messages;
    private final JpaMemberBlocks memberBlocks;
    private final JpaNotifications notifications;
    private final JpaNotificationTemplates notificationTemplates;
    private final JpaMemberPreferences memberPreferences;
    private final JpaOutbox outbox;
    private final JpaMemberContacts memberContacts;
    private final JpaPushSubscriptions pushSubscriptions;
    private final JpaMaintenance maintenance;
    private final String schema;
    private final JpaRoles roles;
    private final JpaRoleGrants roleGrants;
    private final JpaAccessChanges accessChanges;
    private final JpaAiInteractions aiInteractions;
    private final JpaAiModels aiModels;
    private final JpaProjects projects;
    private final JpaProjectApplications projectApplications;
    private final JpaProjectSearch projectSearch;
    private final JpaQualifications qualifications;
    private final JpaMatchProspects matchProspects;
    private final JpaMembershipTiers membershipTiers;
    private final JpaBillingAccounts billingAccounts;
    private final JpaSubscriptions subscriptions;
    private final JpaInvoices invoices;
    private final JpaInvoiceNumbers invoiceNumbers;
    private final JpaPayments payments;
    private final JpaCreditNotes creditNotes;
    private final JpaGatewayEvents gatewayEvents;
    private final JpaCoveredPeriods coveredPeriods;
    private final HealthReport healthReport;

    JpaPersistence(EntityManagerFactory entityManagerFactory, DataSource connections, @Nullable AutoCloseable ownedPool,
            String schema,
            @Nullable ReadReplica replica, Clock clock, int auditPartitionMonthsAhead, ReplicaPolicy replicaPolicy) {
        this.entityManagerFactory = entityManagerFactory;
        this.ownedPool = ownedPool;
        this.replica = replica;
        this.schema = schema;
        this.transactions = new JpaTransactions(entityManagerFactory, replica != null);
        this.readOnlyQueries = new ReadOnlyQueries(transactions, entityManagerFactory,
                replica != null ? replica.entityManagerFactory() : null, replicaPolicy);
        this.members = new JpaMembers(transactions);
        this.securityTokens = new JpaSecurityTokens(transactions);
        this.auditEntries = new JpaAuditEntries(transactions, schema);
        this.auditLogMaintenance = new AuditLogMaintenance(transactions, schema, auditEntries, clock);
        this.roles = new JpaRoles(transactions);
        this.roleGrants = new JpaRoleGrants(transactions);
        this.accessChanges = new JpaAccessChanges(transactions, schema);
        this.aiInteractions = new JpaAiInteractions(transactions);
        this.aiModels = new JpaAiModels(transactions);
        this.projects = new JpaProjects(transactions);
        this.projectApplications = new JpaProjectApplications(transactions);
        this.projectSearch = new JpaProjectSearch(readOnlyQueries);
        this.qualifications = new JpaQualifications(transactions);
        this.matchProspects = new JpaMatchProspects(transactions);
        this.courses = new JpaCourses(transactions, schema);
        this.enrollments = new JpaEnrollments(transactions);
        this.lessonProgress = new JpaLessonProgressRecords(transactions);
        this.assessments = new JpaAssessments(transactions);
        this.attempts = new JpaAttempts(transactions);
        this.certificates = new JpaCertificates(transactions, entityManagerFactory, schema);
        this.membershipTiers = new JpaMembershipTiers(transactions);
        this.billingAccounts = new JpaBillingAccounts(transactions);
        this.subscriptions = new JpaSubscriptions(transactions);
        this.invoices = new JpaInvoices(transactions);
        this.invoiceNumbers = new JpaInvoiceNumbers(transactions, schema);
        this.payments = new JpaPayments(transactions);
        this.creditNotes = new JpaCreditNotes(transactions);
        this.gatewayEvents = new JpaGatewayEvents(transactions, schema);
        this.coveredPeriods = new JpaCoveredPeriods(transactions);
        this.events = new JpaEvents(transactions);
        this.eventRegistrations = new JpaEventRegistrations(transactions);
        this.messages = new JpaMessages(transactions);
        this.memberBlocks = new JpaMemberBlocks(transactions);
        this.notifications = new JpaNotifications(transactions);
        this.notificationTemplates = new JpaNotificationTemplates(transactions);
        this.memberPreferences = new JpaMemberPreferences(transactions);
        this.outbox = new JpaOutbox(transactions);
        this.memberContacts = new JpaMemberContacts(transactions);
        this.pushSubscriptions = new JpaPushSubscriptions(transactions);
        this.maintenance = new JpaMaintenance(transactions, auditLogMaintenance, schema, clock,
                auditPartitionMonthsAhead);
        this.healthReport = new HealthReport(connections, replica != null ? replica.dataSource() : null, schema, clock);
    }

    public static JpaPersistenceBuilder builder() {
        return new JpaPersistenceBuilder();
    }

    @Override
    public JpaMemberContacts memberContacts() {
        return memberContacts;
    }

    @Override
    public JpaPushSubscriptions pushSubscriptions() {
        return pushSubscriptions;
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

    public Roles roles() {
        return roles;
    }

    public RoleGrants roleGrants() {
        return roleGrants;
    }

    public AiInteractions aiInteractions() {
        return aiInteractions;
    }

    public AiModels aiModels() {
        return aiModels;
    }

    public Projects projects() {
        return projects;
    }

    public ProjectApplications projectApplications() {
        return projectApplications;
    }

    /** Full-text, radius and skills search over published projects, in SQL on the seed's indexes. */
    public ProjectSearch projectSearch() {
        return projectSearch;
    }

    public Qualifications qualifications() {
        return qualifications;
    }

    /** The SQL pre-filter of the members ranking scores for a project. */
    public MatchProspects matchProspects() {
        return matchProspects;
    }

    /** The hash-chained audit trail ({@code audit_logs} and its archive), for {@code NamcPortalBuilder.auditTrail}. */
    public JpaAuditEntries auditEntries() {
        return auditEntries;
    }

    public Courses courses() {
        return courses;
    }

    public Enrollments enrollments() {
        return enrollments;
    }

    public LessonProgressRecords lessonProgress() {
        return lessonProgress;
    }

    public Assessments assessments() {
        return assessments;
    }

    public Attempts attempts() {
        return attempts;
    }

    public Certificates certificates() {
        return certificates;
    }

    public Events events() {
        return events;
    }

    public EventRegistrations eventRegistrations() {
        return eventRegistrations;
    }

    public Messages messages() {
        return messages;
    }

    public MemberBlocks memberBlocks() {
        return memberBlocks;
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

    /** The inbox of the payment gateway's events, for the host's webhook handler (not a portal port). */
    public GatewayEvents gatewayEvents() {
        return gatewayEvents;
    }

    public CoveredPeriods coveredPeriods() {
        return coveredPeriods;
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

    /** One counter row in the schema: a revoke on any node over it reaches the others. */
    @Override
    public AccessChanges accessChanges() {
        return accessChanges;
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
     * The operations report: pool usage, replication lag, outbox backlog, audit partitions ahead,
     * table and index sizes, unused indexes, and slow statements when {@code pg_stat_statements}
     * is installed. Needs no extension and no privilege beyond the library's role; a few
     * catalogue queries, cheap enough for a monitoring scrape every minute.
     */
    public PersistenceHealth health() {
        return healthReport.measure();
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
