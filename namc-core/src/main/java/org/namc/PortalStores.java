package org.namc;

import org.namc.access.internal.InProcessAccessChanges;
import org.namc.access.spi.AccessChanges;
import org.namc.access.spi.RoleGrants;
import org.namc.access.spi.Roles;
import org.namc.audit.spi.AuditEntries;
import org.namc.billing.spi.BillingAccounts;
import org.namc.billing.spi.CoveredPeriods;
import org.namc.billing.spi.CreditNotes;
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
import org.namc.notifications.spi.MemberContacts;
import org.namc.notifications.spi.MemberPreferences;
import org.namc.notifications.spi.NotificationTemplates;
import org.namc.notifications.spi.Notifications;
import org.namc.notifications.spi.Outbox;
import org.namc.notifications.spi.PushSubscriptions;
import org.namc.projects.spi.MatchProspects;
import org.namc.projects.spi.ProjectApplications;
import org.namc.projects.spi.ProjectSearch;
import org.namc.projects.spi.Projects;
import org.namc.projects.spi.Qualifications;
import org.namc.shared.spi.Transactions;

/**
 * Everything a persistence adapter provides, in one object: the transactions and every store,
 * sharing one unit of work. {@code NamcPortal.builder().stores(persistence)} wires them all;
 * a later setter for one store still replaces it. The ports that are not persistence (clock,
 * ids, hasher, cipher, gateway, signer, channels, billing notices) come from the host.
 */
public interface PortalStores {

    Transactions transactions();

    /** The hash-chained audit trail every use case appends to. */
    AuditEntries auditEntries();

    Members members();

    SecurityTokens securityTokens();

    Roles roles();

    RoleGrants roleGrants();

    MembershipTiers membershipTiers();

    BillingAccounts billingAccounts();

    Subscriptions subscriptions();

    Invoices invoices();

    InvoiceNumbers invoiceNumbers();

    Payments payments();

    CreditNotes creditNotes();

    CoveredPeriods coveredPeriods();

    Projects projects();

    ProjectApplications projectApplications();

    ProjectSearch projectSearch();

    Qualifications qualifications();

    MatchProspects matchProspects();

    Courses courses();

    Enrollments enrollments();

    LessonProgressRecords lessonProgress();

    Assessments assessments();

    Attempts attempts();

    Certificates certificates();

    Events events();

    EventRegistrations eventRegistrations();

    Messages messages();

    MemberBlocks memberBlocks();

    Notifications notifications();

    NotificationTemplates notificationTemplates();

    MemberPreferences memberPreferences();

    Outbox outbox();

    MemberContacts memberContacts();

    PushSubscriptions pushSubscriptions();

    AiInteractions aiInteractions();

    AiModels aiModels();

    /**
     * The counter of role and grant changes that every node over these stores watches, so a
     * revoke on one node denies on the others within the builder's {@code accessStaleness}.
     * Stores that only one process uses keep the in-process default.
     */
    default AccessChanges accessChanges() {
        return new InProcessAccessChanges();
    }
}
