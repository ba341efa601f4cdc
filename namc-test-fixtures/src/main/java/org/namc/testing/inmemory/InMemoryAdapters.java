package org.namc.testing.inmemory;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import org.namc.notifications.domain.Channel;
import org.namc.NamcPortalBuilder;
import org.namc.PortalStores;
import org.namc.learning.security.Ed25519CertificateSigner;
import org.namc.membership.security.Pbkdf2PasswordHasher;
import org.namc.testing.RotatingKeys;
import org.namc.shared.spi.IdGenerator;

/**
 * One in-memory adapter for every port, sharing one set of transactions: every store (a
 * {@link PortalStores}, for {@code NamcPortal.builder().stores(adapters)}) and test doubles of the
 * host's ports. {@link #applyTo} puts them all on a builder; a test may then replace any single
 * port before building (a later setter wins). The ports one context serves another by (billing's purchasables, the
 * course payments, the event payment receipts) are left to the core's bridge, so paid courses
 * and events go through billing; {@link #applyStandInsTo} puts test stand-ins there instead,
 * for suites that drive one context alone.
 */
public final class InMemoryAdapters implements PortalStores {
    /** Cheap on purpose, for fast test suites; production keeps the core's OWASP default. */
    public static final int TEST_PBKDF2_ITERATIONS = 1_000;

    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final IdGenerator ids;
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryMembers members = new InMemoryMembers(transactions);
    private final InMemorySecurityTokens securityTokens = new InMemorySecurityTokens(transactions);
    private final InMemoryRoles roles = new InMemoryRoles(transactions);
    private final InMemoryRoleGrants roleGrants = new InMemoryRoleGrants(transactions);
    private final InMemoryMembershipTiers membershipTiers = new InMemoryMembershipTiers(transactions);
    private final InMemoryBillingAccounts billingAccounts = new InMemoryBillingAccounts(transactions);
    private final InMemorySubscriptions subscriptions = new InMemorySubscriptions(transactions);
    private final InMemoryInvoices invoices = new InMemoryInvoices(transactions);
    private final InMemoryInvoiceNumbers invoiceNumbers = new InMemoryInvoiceNumbers(transactions);
    private final InMemoryPayments payments = new InMemoryPayments(transactions);
    private final InMemoryCreditNotes creditNotes = new InMemoryCreditNotes(transactions);
    private final InMemoryCoveredPeriods coveredPeriods = new InMemoryCoveredPeriods(transactions);
    private final InMemoryPaymentGateway paymentGateway = new InMemoryPaymentGateway();
    private final InMemoryPurchasables purchasables = new InMemoryPurchasables(transactions);
    private final InMemoryBillingNotices billingNotices = new InMemoryBillingNotices();
    private final InMemoryProjects projects = new InMemoryProjects(transactions);
    private final InMemoryProjectApplications projectApplications = new InMemoryProjectApplications(transactions);
    private final InMemoryProjectSearch projectSearch = new InMemoryProjectSearch(projects);
    private final InMemoryQualifications qualifications = new InMemoryQualifications(transactions);
    private final InMemoryMatchProspects matchProspects = new InMemoryMatchProspects(members);
    private final InMemoryCourses courses = new InMemoryCourses(transactions);
    private final InMemoryEnrollments enrollments = new InMemoryEnrollments(transactions);
    private final InMemoryLessonProgressRecords lessonProgress = new InMemoryLessonProgressRecords(transactions);
    private final InMemoryAssessments assessments = new InMemoryAssessments(transactions);
    private final InMemoryAttempts attempts = new InMemoryAttempts(transactions);
    private final InMemoryCertificates certificates = new InMemoryCertificates(transactions);
    private final InMemoryCoursePayments coursePayments = new InMemoryCoursePayments();
    private final Ed25519CertificateSigner certificateSigner = Ed25519CertificateSigner.generate("test-cert-key-1",
            random);
    private final InMemoryEvents events = new InMemoryEvents(transactions);
    private final InMemoryEventRegistrations eventRegistrations = new InMemoryEventRegistrations(transactions);
    private final InMemoryPaymentReceipts eventPaymentReceipts = new InMemoryPaymentReceipts();
    private final InMemoryMessages messages = new InMemoryMessages(transactions);
    private final InMemoryMemberBlocks memberBlocks = new InMemoryMemberBlocks(transactions);
    private final InMemoryNotifications notifications = new InMemoryNotifications(transactions);
    private final InMemoryNotificationTemplates notificationTemplates = new InMemoryNotificationTemplates(transactions);
    private final InMemoryMemberPreferences memberPreferences = new InMemoryMemberPreferences(transactions);
    private final InMemoryOutbox outbox = new InMemoryOutbox(transactions);
    private final InMemoryPushSubscriptions pushSubscriptions = new InMemoryPushSubscriptions(transactions);
    private final InMemoryMemberContacts memberContacts = new InMemoryMemberContacts(members);
    private final Map<Channel, InMemoryNotificationChannel> channels = new EnumMap<>(Channel.class);
    private final InMemoryAiInteractions aiInteractions = new InMemoryAiInteractions(transactions);
    private final InMemoryAiModels aiModels = new InMemoryAiModels(transactions);
    private final InMemoryAuditTrail auditTrail;
    private final RotatingKeys keys = new RotatingKeys("test-key-1", random);
    private final InMemoryChainAnchors chainAnchors = new InMemoryChainAnchors();

    public InMemoryAdapters(Clock clock, IdGenerator ids) {
        this.clock = clock;
        this.ids = ids;
        this.auditTrail = new InMemoryAuditTrail(transactions);
        for (Channel channel : Channel.values()) {
            channels.put(channel, new InMemoryNotificationChannel(channel));
        }
    }

    /** Every store through {@link NamcPortalBuilder#stores}, then the test doubles of the host's ports. */
    public NamcPortalBuilder applyTo(NamcPortalBuilder builder) {
        return builder.stores(this)
                .clock(clock)
                .ids(ids)
                .chainAnchors(chainAnchors)
                .passwordHasher(new Pbkdf2PasswordHasher(TEST_PBKDF2_ITERATIONS, random))
                .secretCipher(keys)
                .paymentGateway(paymentGateway)
                .billingNotices(billingNotices)
                .certificateSigner(certificateSigner)
                .notificationChannel(channels.get(Channel.IN_APP))
                .notificationChannel(channels.get(Channel.EMAIL))
                .notificationChannel(channels.get(Channel.SMS))
                .notificationChannel(channels.get(Channel.PUSH));
    }

    /**
     * Replaces the core's billing bridge with stand-ins a test plays by hand: a catalogue of
     * {@link #purchasables()}, the {@link #coursePayments()} requests, and the
     * {@link #eventPaymentReceipts()} a test settles.
     */
    public NamcPortalBuilder applyStandInsTo(NamcPortalBuilder builder) {
        return builder.purchasables(purchasables).coursePayments(coursePayments)
                .eventPaymentReceipts(eventPaymentReceipts);
    }

    @Override
    public InMemoryMemberContacts memberContacts() {
        return memberContacts;
    }

    @Override
    public InMemoryPushSubscriptions pushSubscriptions() {
        return pushSubscriptions;
    }

    /** The cipher {@link #applyTo} wires, with keys a test may rotate. */
    public RotatingKeys keys() {
        return keys;
    }

    public InMemoryTransactions transactions() {
        return transactions;
    }

    public InMemoryMembers members() {
        return members;
    }

    public InMemorySecurityTokens securityTokens() {
        return securityTokens;
    }

    public InMemoryRoles roles() {
        return roles;
    }

    public InMemoryRoleGrants roleGrants() {
        return roleGrants;
    }

    /** Billing's tiers, which access control also reads each tier's permissions from. */
    public InMemoryMembershipTiers membershipTiers() {
        return membershipTiers;
    }

    public InMemorySubscriptions subscriptions() {
        return subscriptions;
    }

    public InMemoryInvoices invoices() {
        return invoices;
    }

    public InMemoryPayments payments() {
        return payments;
    }

    public InMemoryPaymentGateway paymentGateway() {
        return paymentGateway;
    }

    public InMemoryPurchasables purchasables() {
        return purchasables;
    }

    public InMemoryBillingNotices billingNotices() {
        return billingNotices;
    }

    @Override
    public InMemoryAuditTrail auditEntries() {
        return auditTrail;
    }
    @Override
    public InMemoryBillingAccounts billingAccounts() {
        return billingAccounts;
    }

    @Override
    public InMemoryInvoiceNumbers invoiceNumbers() {
        return invoiceNumbers;
    }

    @Override
    public InMemoryCreditNotes creditNotes() {
        return creditNotes;
    }

    @Override
    public InMemoryCoveredPeriods coveredPeriods() {
        return coveredPeriods;
    }

    @Override
    public InMemoryProjectSearch projectSearch() {
        return projectSearch;
    }

    @Override
    public InMemoryMatchProspects matchProspects() {
        return matchProspects;
    }

    @Override
    public InMemoryLessonProgressRecords lessonProgress() {
        return lessonProgress;
    }

    @Override
    public InMemoryAssessments assessments() {
        return assessments;
    }

    @Override
    public InMemoryMemberBlocks memberBlocks() {
        return memberBlocks;
    }

    @Override
    public InMemoryNotificationTemplates notificationTemplates() {
        return notificationTemplates;
    }

    @Override
    public InMemoryMemberPreferences memberPreferences() {
        return memberPreferences;
    }


    public InMemoryEvents events() {
        return events;
    }

    public InMemoryEventRegistrations eventRegistrations() {
        return eventRegistrations;
    }

    /**
     * Billing's stand-in for paid events (after {@link #applyStandInsTo}): settle a payment here,
     * then confirm it through the events API.
     */
    public InMemoryPaymentReceipts eventPaymentReceipts() {
        return eventPaymentReceipts;
    }

    public InMemoryMessages messages() {
        return messages;
    }

    public InMemoryNotifications notifications() {
        return notifications;
    }

    public InMemoryOutbox outbox() {
        return outbox;
    }

    /** The channel that records what it was asked to deliver on {@code channel}. */
    public InMemoryNotificationChannel channel(Channel channel) {
        return channels.get(channel);
    }

    public InMemoryAiInteractions aiInteractions() {
        return aiInteractions;
    }

    public InMemoryAiModels aiModels() {
        return aiModels;
    }

    public InMemoryProjects projects() {
        return projects;
    }

    public InMemoryProjectApplications projectApplications() {
        return projectApplications;
    }

    public InMemoryQualifications qualifications() {
        return qualifications;
    }

    public InMemoryCourses courses() {
        return courses;
    }

    public InMemoryEnrollments enrollments() {
        return enrollments;
    }

    public InMemoryAttempts attempts() {
        return attempts;
    }

    public InMemoryCertificates certificates() {
        return certificates;
    }

    /** Billing's stand-in for paid enrolments (after {@link #applyStandInsTo}): the requests learning made. */
    public InMemoryCoursePayments coursePayments() {
        return coursePayments;
    }

    /** The generated certificate-signing key (its public half verifies certificates offline). */
    public Ed25519CertificateSigner certificateSigner() {
        return certificateSigner;
    }
}
