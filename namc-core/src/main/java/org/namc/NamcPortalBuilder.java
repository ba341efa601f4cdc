package org.namc;

import org.namc.learning.LearningSettings;
import org.namc.events.EventsSettings;
import org.namc.notifications.NotificationsSettings;
import org.namc.membership.MembershipSettings;
import org.namc.projects.ProjectsSettings;
import jakarta.validation.Validator;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.namc.access.internal.AccessDecider;
import org.namc.access.internal.AccessModule;
import org.namc.access.spi.AccessChanges;
import org.namc.access.internal.InProcessAccessChanges;
import org.namc.audit.internal.NoChainAnchors;
import org.namc.access.spi.RoleGrants;
import java.time.Duration;
import org.namc.access.spi.Roles;
import org.namc.access.spi.TierPermissions;
import org.namc.billing.internal.BillingModule;
import org.namc.billing.internal.CoursesAndEvents;
import org.namc.billing.internal.EnrollmentPayments;
import org.namc.billing.internal.PurchaseReceipts;
import org.namc.billing.BillingSettings;
import org.namc.billing.internal.TierAccessFromTiers;
import org.namc.billing.spi.BillingAccounts;
import org.namc.billing.spi.BillingNotices;
import org.namc.billing.spi.CoveredPeriods;
import org.namc.billing.spi.CreditNotes;
import org.namc.billing.spi.InvoiceNumbers;
import org.namc.billing.spi.Invoices;
import org.namc.billing.spi.MembershipTiers;
import org.namc.billing.spi.PaymentGateway;
import org.namc.billing.spi.Payments;
import org.namc.billing.spi.Purchasables;
import org.namc.billing.spi.Subscriptions;
import org.namc.learning.internal.LearningModule;
import org.namc.learning.spi.Assessments;
import org.namc.learning.spi.Attempts;
import org.namc.learning.spi.CertificateSigner;
import org.namc.learning.spi.Certificates;
import org.namc.learning.spi.CoursePayments;
import org.namc.learning.spi.Courses;
import org.namc.learning.spi.Enrollments;
import org.namc.learning.spi.LessonProgressRecords;
import org.namc.membership.internal.MembershipModule;
import org.namc.membership.spi.Members;
import org.namc.membership.spi.PasswordHasher;
import org.namc.membership.spi.SecurityTokens;
import org.namc.projects.internal.ProjectsModule;
import org.namc.projects.spi.MatchProspects;
import org.namc.projects.spi.ProjectApplications;
import org.namc.projects.spi.ProjectSearch;
import org.namc.projects.spi.Projects;
import org.namc.projects.spi.Qualifications;
import org.namc.reports.internal.ReportsModule;
import org.namc.shared.internal.CommandValidation;
import org.namc.shared.internal.UnitOfWork;
import org.namc.access.domain.Role;
import org.namc.access.domain.SystemRole;
import org.namc.audit.RequestContextSource;
import org.namc.audit.internal.ActorRoles;
import org.namc.audit.internal.AuditModule;
import org.namc.audit.internal.ChainedAuditTrail;
import org.namc.audit.spi.AuditEntries;
import org.namc.audit.spi.ChainAnchors;
import java.util.EnumMap;
import java.util.Map;
import org.namc.events.internal.EventsModule;
import org.namc.events.spi.EventRegistrations;
import org.namc.events.spi.Events;
import org.namc.events.spi.PaymentReceipts;
import org.namc.insights.internal.InsightsModule;
import org.namc.insights.spi.AiInteractions;
import org.namc.insights.spi.AiModels;
import org.namc.messaging.internal.MessagingModule;
import org.namc.messaging.spi.MemberBlocks;
import org.namc.messaging.spi.Messages;
import org.namc.notifications.domain.Channel;
import org.namc.notifications.internal.NotificationsModule;
import org.namc.notifications.PlaceholderRenderer;
import org.namc.notifications.UnsubscribeTokens;
import org.namc.notifications.spi.MemberContacts;
import org.namc.notifications.spi.MemberPreferences;
import org.namc.notifications.spi.NotificationChannel;
import org.namc.notifications.spi.NotificationTemplates;
import org.namc.notifications.spi.Notifications;
import org.namc.notifications.spi.Outbox;
import org.namc.notifications.spi.PushSubscriptions;
import org.namc.notifications.spi.TemplateRenderer;
import org.namc.shared.domain.MemberId;
import java.time.Instant;
import java.util.stream.Stream;
import org.namc.shared.spi.IdGenerator;
import org.namc.shared.spi.SecretCipher;
import org.namc.shared.spi.Transactions;

/**
 * Wires the portal. Every adapter port is required and has no hidden default, so an application
 * never runs on an adapter it did not choose; {@link #build()} names all that are missing
 * at once. The ports by which one context serves another (billing's {@link Purchasables},
 * {@link CoursePayments}, {@link PaymentReceipts}) are bridged inside the core by default and
 * may be overridden. Settings (policies, a Jakarta {@link Validator}, the {@link SecureRandom}) are optional.
 */
public final class NamcPortalBuilder {
    private @Nullable Clock clock;
    private @Nullable IdGenerator ids;
    private @Nullable Transactions transactions;
    private @Nullable AuditEntries auditTrail;
    private RequestContextSource requestContext = RequestContextSource.none();
    private ChainAnchors chainAnchors = new NoChainAnchors();
    private @Nullable Members members;
    private @Nullable SecurityTokens securityTokens;
    private @Nullable PasswordHasher passwordHasher;
    private @Nullable SecretCipher secretCipher;
    private @Nullable Roles roles;
    private @Nullable RoleGrants roleGrants;
    private @Nullable TierPermissions tierPermissions;
    private AccessChanges accessChanges = new InProcessAccessChanges();
    private Duration accessStaleness = AccessDecider.DEFAULT_STALENESS;
    private @Nullable MembershipTiers membershipTiers;
    private @Nullable BillingAccounts billingAccounts;
    private @Nullable Subscriptions subscriptions;
    private @Nullable Invoices invoices;
    private @Nullable InvoiceNumbers invoiceNumbers;
    private @Nullable Payments payments;
    private @Nullable CreditNotes creditNotes;
    private @Nullable CoveredPeriods coveredPeriods;
    private @Nullable PaymentGateway paymentGateway;
    private @Nullable Purchasables purchasables;
    private @Nullable BillingNotices billingNotices;
    private BillingSettings billingSettings = BillingSettings.defaults();
    private @Nullable Projects projects;
    private @Nullable ProjectApplications projectApplications;
    private @Nullable ProjectSearch projectSearch;
    private @Nullable Qualifications qualifications;
    private @Nullable MatchProspects matchProspects;
    private @Nullable Validator validator;
    private @Nullable SecureRandom secureRandom;
    private MembershipSettings membershipSettings = MembershipSettings.defaults();
    private ProjectsSettings projectsSettings = ProjectsSettings.defaults();
    private @Nullable Courses courses;
    private @Nullable Enrollments enrollments;
    private @Nullable LessonProgressRecords lessonProgress;
    private @Nullable Assessments assessments;
    private @Nullable Attempts attempts;
    private @Nullable Certificates certificates;
    private @Nullable CoursePayments coursePayments;
    private @Nullable CertificateSigner certificateSigner;
    private LearningSettings learningSettings = LearningSettings.defaults();
    private @Nullable Events events;
    private @Nullable EventRegistrations eventRegistrations;
    private @Nullable PaymentReceipts eventPaymentReceipts;
    private EventsSettings eventsSettings = EventsSettings.defaults();
    private @Nullable Messages messages;
    private @Nullable MemberBlocks memberBlocks;
    private @Nullable Notifications notifications;
    private @Nullable NotificationTemplates notificationTemplates;
    private @Nullable MemberPreferences memberPreferences;
    private @Nullable Outbox outbox;
    private final Map<Channel, NotificationChannel> notificationChannels = new EnumMap<>(Channel.class);
    private NotificationsSettings notificationsSettings = NotificationsSettings.defaults();
    private @Nullable MemberContacts memberContacts;
    private @Nullable PushSubscriptions pushSubscriptions;
    private TemplateRenderer templateRenderer = new PlaceholderRenderer();
    private @Nullable UnsubscribeTokens unsubscribeTokens;
    private @Nullable AiInteractions aiInteractions;
    private @Nullable AiModels aiModels;

    NamcPortalBuilder() {
    }

    /**
     * Every store and the transactions from one persistence adapter (the JPA persistence, the
     * in-memory adapters). Setters of single stores called afterwards replace that one store.
     */
    public NamcPortalBuilder stores(PortalStores stores) {
        return transactions(stores.transactions())
                .auditTrail(stores.auditEntries())
                .members(stores.members())
                .securityTokens(stores.securityTokens())
                .roles(stores.roles())
                .roleGrants(stores.roleGrants())
                .membershipTiers(stores.membershipTiers())
                .billingAccounts(stores.billingAccounts())
                .subscriptions(stores.subscriptions())
                .invoices(stores.invoices())
                .invoiceNumbers(stores.invoiceNumbers())
                .payments(stores.payments())
                .creditNotes(stores.creditNotes())
                .coveredPeriods(stores.coveredPeriods())
                .projects(stores.projects())
                .projectApplications(stores.projectApplications())
                .projectSearch(stores.projectSearch())
                .qualifications(stores.qualifications())
                .matchProspects(stores.matchProspects())
                .courses(stores.courses())
                .enrollments(stores.enrollments())
                .lessonProgress(stores.lessonProgress())
                .assessments(stores.assessments())
                .attempts(stores.attempts())
                .certificates(stores.certificates())
                .events(stores.events())
                .eventRegistrations(stores.eventRegistrations())
                .messages(stores.messages())
                .memberBlocks(stores.memberBlocks())
                .notifications(stores.notifications())
                .notificationTemplates(stores.notificationTemplates())
                .memberPreferences(stores.memberPreferences())
                .outbox(stores.outbox())
                .aiInteractions(stores.aiInteractions())
                .aiModels(stores.aiModels())
                .memberContacts(stores.memberContacts())
                .pushSubscriptions(stores.pushSubscriptions())
                .accessChanges(stores.accessChanges());
    }

    public NamcPortalBuilder clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    public NamcPortalBuilder ids(IdGenerator ids) {
        this.ids = ids;
        return this;
    }

    public NamcPortalBuilder transactions(Transactions transactions) {
        this.transactions = transactions;
        return this;
    }

    /** The hash-chained store every use case's audit entry is appended to (the audit context builds on it). */
    public NamcPortalBuilder auditTrail(AuditEntries auditTrail) {
        this.auditTrail = auditTrail;
        return this;
    }

    /** Optional: tells the audit trail the request and session a use case runs in; none by default. */
    public NamcPortalBuilder requestContext(RequestContextSource requestContext) {
        this.requestContext = requestContext;
        return this;
    }

    /** Optional: where {@code audit().publishAnchor(..)} publishes the chain's head; nowhere by default. */
    public NamcPortalBuilder chainAnchors(ChainAnchors chainAnchors) {
        this.chainAnchors = chainAnchors;
        return this;
    }

    public NamcPortalBuilder members(Members members) {
        this.members = members;
        return this;
    }

    public NamcPortalBuilder securityTokens(SecurityTokens securityTokens) {
        this.securityTokens = securityTokens;
        return this;
    }

    public NamcPortalBuilder passwordHasher(PasswordHasher passwordHasher) {
        this.passwordHasher = passwordHasher;
        return this;
    }

    public NamcPortalBuilder secretCipher(SecretCipher secretCipher) {
        this.secretCipher = secretCipher;
        return this;
    }

    public NamcPortalBuilder roles(Roles roles) {
        this.roles = roles;
        return this;
    }

    public NamcPortalBuilder roleGrants(RoleGrants roleGrants) {
        this.roleGrants = roleGrants;
        return this;
    }

    /**
     * Optional: the counter of access changes every node shares (the PostgreSQL adapter supplies
     * one); by default changes are seen in this process only, enough for a single node.
     */
    public NamcPortalBuilder accessChanges(AccessChanges accessChanges) {
        this.accessChanges = accessChanges;
        return this;
    }

    /** Optional: how long a node may keep answering from its cache after another node changed access (1 s). */
    public NamcPortalBuilder accessStaleness(Duration staleness) {
        this.accessStaleness = staleness;
        return this;
    }

    /** Optional: overrides the tier access otherwise read from {@link #membershipTiers billing's tiers}. */
    public NamcPortalBuilder tierPermissions(TierPermissions tierPermissions) {
        this.tierPermissions = tierPermissions;
        return this;
    }

    /** Billing's tiers; access control reads each tier's permissions and priority level from them too. */
    public NamcPortalBuilder membershipTiers(MembershipTiers membershipTiers) {
        this.membershipTiers = membershipTiers;
        return this;
    }

    public NamcPortalBuilder billingAccounts(BillingAccounts billingAccounts) {
        this.billingAccounts = billingAccounts;
        return this;
    }

    public NamcPortalBuilder subscriptions(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
        return this;
    }

    public NamcPortalBuilder invoices(Invoices invoices) {
        this.invoices = invoices;
        return this;
    }

    /** Gap-free invoice and credit-note numbers per year (see {@link InvoiceNumbers}). */
    public NamcPortalBuilder invoiceNumbers(InvoiceNumbers invoiceNumbers) {
        this.invoiceNumbers = invoiceNumbers;
        return this;
    }

    public NamcPortalBuilder payments(Payments payments) {
        this.payments = payments;
        return this;
    }

    public NamcPortalBuilder creditNotes(CreditNotes creditNotes) {
        this.creditNotes = creditNotes;
        return this;
    }

    /** The ledger of paid membership periods a member's standing is derived from. */
    public NamcPortalBuilder coveredPeriods(CoveredPeriods coveredPeriods) {
        this.coveredPeriods = coveredPeriods;
        return this;
    }

    public NamcPortalBuilder paymentGateway(PaymentGateway paymentGateway) {
        this.paymentGateway = paymentGateway;
        return this;
    }

    /**
     * Optional: what billing sells besides membership. By default the portal's own courses and
     * event seats, bridged to learning and events so a payment enrols or registers in its own unit.
     */
    public NamcPortalBuilder purchasables(Purchasables purchasables) {
        this.purchasables = purchasables;
        return this;
    }

    /** Where dunning and trial-end notices to members go. */
    public NamcPortalBuilder billingNotices(BillingNotices billingNotices) {
        this.billingNotices = billingNotices;
        return this;
    }

    /** Optional: the books' time zone, tax rounding and rate on dues, dunning schedule. */
    public NamcPortalBuilder billingSettings(BillingSettings settings) {
        this.billingSettings = settings;
        return this;
    }

    public NamcPortalBuilder projects(Projects projects) {
        this.projects = projects;
        return this;
    }

    public NamcPortalBuilder projectApplications(ProjectApplications projectApplications) {
        this.projectApplications = projectApplications;
        return this;
    }

    /** Full-text and filtered search over published projects (see {@link ProjectSearch} for its semantics). */
    public NamcPortalBuilder projectSearch(ProjectSearch projectSearch) {
        this.projectSearch = projectSearch;
        return this;
    }

    /** Members' contractor qualifications (experience, bonding, insurance) that matching reads. */
    public NamcPortalBuilder qualifications(Qualifications qualifications) {
        this.qualifications = qualifications;
        return this;
    }

    /** Narrows the members ranking scores for a project to those who may meet its hard requirements. */
    public NamcPortalBuilder matchProspects(MatchProspects matchProspects) {
        this.matchProspects = matchProspects;
        return this;
    }

    /** Optional: also checks the Jakarta Validation annotations on every command. */
    public NamcPortalBuilder validator(Validator validator) {
        this.validator = validator;
        return this;
    }

    /** Optional: the source of tokens, TOTP secrets and recovery codes; a new {@link SecureRandom} by default. */
    public NamcPortalBuilder secureRandom(SecureRandom secureRandom) {
        this.secureRandom = secureRandom;
        return this;
    }

    public NamcPortalBuilder membershipSettings(MembershipSettings settings) {
        this.membershipSettings = settings;
        return this;
    }

    /** Optional: matching weights, the currency of budgets, ranking-index refresh. */
    public NamcPortalBuilder projectsSettings(ProjectsSettings settings) {
        this.projectsSettings = settings;
        return this;
    }

    /** The course catalogue: courses with their modules and lessons. */
    public NamcPortalBuilder courses(Courses courses) {
        this.courses = courses;
        return this;
    }

    public NamcPortalBuilder enrollments(Enrollments enrollments) {
        this.enrollments = enrollments;
        return this;
    }

    public NamcPortalBuilder lessonProgress(LessonProgressRecords lessonProgress) {
        this.lessonProgress = lessonProgress;
        return this;
    }

    public NamcPortalBuilder assessments(Assessments assessments) {
        this.assessments = assessments;
        return this;
    }

    public NamcPortalBuilder attempts(Attempts attempts) {
        this.attempts = attempts;
        return this;
    }

    public NamcPortalBuilder certificates(Certificates certificates) {
        this.certificates = certificates;
        return this;
    }

    /**
     * Optional: the payment step of paid enrolments (billing's side of {@link CoursePayments}). By
     * default billing's own: the member pays through {@code BillingApi.purchase}, which enrols them.
     */
    public NamcPortalBuilder coursePayments(CoursePayments coursePayments) {
        this.coursePayments = coursePayments;
        return this;
    }

    /** Signs certificates with the association's Ed25519 key, e.g. an {@code Ed25519CertificateSigner}. */
    public NamcPortalBuilder certificateSigner(CertificateSigner certificateSigner) {
        this.certificateSigner = certificateSigner;
        return this;
    }

    /** Optional: the certificate-number prefix and the time zone completions are dated in. */
    public NamcPortalBuilder learningSettings(LearningSettings settings) {
        this.learningSettings = settings;
        return this;
    }

    public NamcPortalBuilder events(Events events) {
        this.events = events;
        return this;
    }

    public NamcPortalBuilder eventRegistrations(EventRegistrations eventRegistrations) {
        this.eventRegistrations = eventRegistrations;
        return this;
    }

    /**
     * Optional: billing's answer to "did this payment for a registration go through?". By default
     * read from billing's payments (those bought through {@code BillingApi.purchase}).
     */
    public NamcPortalBuilder eventPaymentReceipts(PaymentReceipts eventPaymentReceipts) {
        this.eventPaymentReceipts = eventPaymentReceipts;
        return this;
    }

    /** Optional: payment holds, waiting-list offer window, check-in opening, calendar host. */
    public NamcPortalBuilder eventsSettings(EventsSettings settings) {
        this.eventsSettings = settings;
        return this;
    }

    public NamcPortalBuilder messages(Messages messages) {
        this.messages = messages;
        return this;
    }

    public NamcPortalBuilder memberBlocks(MemberBlocks memberBlocks) {
        this.memberBlocks = memberBlocks;
        return this;
    }

    public NamcPortalBuilder notifications(Notifications notifications) {
        this.notifications = notifications;
        return this;
    }

    public NamcPortalBuilder notificationTemplates(NotificationTemplates notificationTemplates) {
        this.notificationTemplates = notificationTemplates;
        return this;
    }

    public NamcPortalBuilder memberPreferences(MemberPreferences memberPreferences) {
        this.memberPreferences = memberPreferences;
        return this;
    }

    public NamcPortalBuilder outbox(Outbox outbox) {
        this.outbox = outbox;
        return this;
    }

    /** One per channel (IN_APP, EMAIL, SMS, PUSH); every channel needs one. A later one replaces an earlier one. */
    public NamcPortalBuilder notificationChannel(NotificationChannel channel) {
        this.notificationChannels.put(channel.channel(), channel);
        return this;
    }

    /** Where members are reached (email, phone): channels send there, the planner skips undeliverable ones. */
    public NamcPortalBuilder memberContacts(MemberContacts memberContacts) {
        this.memberContacts = memberContacts;
        return this;
    }

    public NamcPortalBuilder pushSubscriptions(PushSubscriptions pushSubscriptions) {
        this.pushSubscriptions = pushSubscriptions;
        return this;
    }

    /** Optional: the engine templates render with; the core's {@code {{name}}} placeholders by default. */
    public NamcPortalBuilder templateRenderer(TemplateRenderer templateRenderer) {
        this.templateRenderer = templateRenderer;
        return this;
    }

    /**
     * Optional: the signer of one-click unsubscribe links (the email channel issues them with the
     * same instance); without it every unsubscribe token is refused.
     */
    public NamcPortalBuilder unsubscribeTokens(UnsubscribeTokens unsubscribeTokens) {
        this.unsubscribeTokens = unsubscribeTokens;
        return this;
    }

    /** Optional: retry policy, deduplication window, default locale, dispatch batch size. */
    public NamcPortalBuilder notificationsSettings(NotificationsSettings settings) {
        this.notificationsSettings = settings;
        return this;
    }

    public NamcPortalBuilder aiInteractions(AiInteractions aiInteractions) {
        this.aiInteractions = aiInteractions;
        return this;
    }

    public NamcPortalBuilder aiModels(AiModels aiModels) {
        this.aiModels = aiModels;
        return this;
    }

    /** @throws IllegalStateException naming every port that was not given */
    public NamcPortal build() {
        List<String> missing = new ArrayList<>();
        require(clock, "clock", missing);
        require(ids, "ids", missing);
        require(transactions, "transactions", missing);
        require(auditTrail, "auditTrail", missing);
        require(members, "members", missing);
        require(securityTokens, "securityTokens", missing);
        require(passwordHasher, "passwordHasher", missing);
        require(secretCipher, "secretCipher", missing);
        require(roles, "roles", missing);
        require(roleGrants, "roleGrants", missing);
        require(membershipTiers, "membershipTiers", missing);
        require(billingAccounts, "billingAccounts", missing);
        require(subscriptions, "subscriptions", missing);
        require(invoices, "invoices", missing);
        require(invoiceNumbers, "invoiceNumbers", missing);
        require(payments, "payments", missing);
        require(creditNotes, "creditNotes", missing);
        require(coveredPeriods, "coveredPeriods", missing);
        require(paymentGateway, "paymentGateway", missing);
        require(billingNotices, "billingNotices", missing);
        require(projects, "projects", missing);
        require(projectApplications, "projectApplications", missing);
        require(projectSearch, "projectSearch", missing);
        require(qualifications, "qualifications", missing);
        require(matchProspects, "matchProspects", missing);
        require(courses, "courses", missing);
        require(enrollments, "enrollments", missing);
        require(lessonProgress, "lessonProgress", missing);
        require(assessments, "assessments", missing);
        require(attempts, "attempts", missing);
        require(certificates, "certificates", missing);
        require(certificateSigner, "certificateSigner", missing);
        require(events, "events", missing);
        require(eventRegistrations, "eventRegistrations", missing);
        require(messages, "messages", missing);
        require(memberBlocks, "memberBlocks", missing);
        require(notifications, "notifications", missing);
        require(notificationTemplates, "notificationTemplates", missing);
        require(memberPreferences, "memberPreferences", missing);
        require(outbox, "outbox", missing);
        require(memberContacts, "memberContacts", missing);
        require(pushSubscriptions, "pushSubscriptions", missing);
        for (Channel channel : Channel.values()) {
            require(notificationChannels.get(channel), "notificationChannel(" + channel + ")", missing);
        }
        require(aiInteractions, "aiInteractions", missing);
        require(aiModels, "aiModels", missing);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("NamcPortal is missing these ports: " + String.join(", ", missing));
        }
        AuditEntries auditEntries = auditTrail;
        ActorRoles actorRoles = member -> roleNames(roles, roleGrants, clock, member);
        UnitOfWork unitOfWork = new UnitOfWork(transactions,
                new ChainedAuditTrail(auditEntries, transactions, ids, requestContext, actorRoles), clock);
        CommandValidation validation = new CommandValidation(validator);
        SecureRandom random = secureRandom != null ? secureRandom : new SecureRandom();
        TierPermissions tierAccess = tierPermissions != null ? tierPermissions
                : new TierAccessFromTiers(membershipTiers);
        var decider = new AccessDecider(roles, roleGrants, tierAccess, members, clock,
                membershipSettings.renewalPolicy(), accessChanges, accessStaleness);
        var access = new AccessModule(roles, roleGrants, members, decider, unitOfWork, validation, clock, ids);
        var notificationsModule = new NotificationsModule(notifications, notificationTemplates, memberPreferences,
                outbox, List.copyOf(notificationChannels.values()), new NotificationsModule.Reach(memberContacts,
                pushSubscriptions, templateRenderer, unsubscribeTokens), clock, ids, unitOfWork, validation, decider,
                notificationsSettings);
        var membership = new MembershipModule(members, securityTokens, passwordHasher, secretCipher, random, clock,
                ids, unitOfWork, validation, new MembershipModule.Collaborators(decider,
                        notificationsModule.notifier(), requestContext), membershipSettings);
        var audit = new AuditModule(auditEntries, chainAnchors, decider, unitOfWork, validation, clock);
        var projectsApi = new ProjectsModule(projects, projectApplications, projectSearch, qualifications,
                matchProspects, members, clock, ids, unitOfWork, validation, decider, membershipSettings.renewalPolicy(),
                projectsSettings);
        var learning = new LearningModule(new LearningModule.Ports(courses, enrollments, lessonProgress, assessments,
                attempts, certificates, coursePayments != null ? coursePayments : new EnrollmentPayments(),
                certificateSigner), members, clock, ids, random, unitOfWork,
                validation, decider, learningSettings);
        var eventsModule = new EventsModule(events, eventRegistrations, eventPaymentReceipts != null
                ? eventPaymentReceipts : new PurchaseReceipts(payments, invoices, eventRegistrations), secretCipher,
                notificationsModule.notifier(), clock, ids, unitOfWork, validation, decider, eventsSettings);
        // Billing sells the portal's own courses and event seats unless the host brings its own catalogue.
        Purchasables sold = purchasables != null ? purchasables
                : new CoursesAndEvents(learning, courses, enrollments, eventsModule, events, eventRegistrations, clock);
        var billing = new BillingModule(new BillingModule.Ports(membershipTiers, billingAccounts, subscriptions,
                invoices, invoiceNumbers, payments, creditNotes, coveredPeriods, paymentGateway, sold,
                billingNotices), members, decider, unitOfWork, validation, clock, ids, billingSettings,
                membershipSettings.renewalPolicy());
        var messaging = new MessagingModule(messages, memberBlocks, notificationsModule.notifier(), clock, ids,
                unitOfWork, validation, decider);
        var insights = new InsightsModule(aiInteractions, aiModels, clock, ids, unitOfWork, validation, decider);
        return new NamcPortal(clock, access, membership, audit, projectsApi, billing, learning, eventsModule,
                messaging, notificationsModule, insights, new ReportsModule(membership, billing, eventsModule));
    }

    /** The audit entry's roles: MEMBER for every member, plus the roles of their grants in effect now. */
    private static List<String> roleNames(Roles roles, RoleGrants grants, Clock clock, MemberId member) {
        Instant now = clock.instant();
        return Stream.concat(Stream.of(SystemRole.MEMBER.name()), grants.activeFor(member).stream()
                        .filter(grant -> grant.isEffectiveAt(now))
                        .flatMap(grant -> roles.findById(grant.roleId()).stream()).map(Role::name))
                .distinct().sorted().toList();
    }

    private static void require(@Nullable Object port, String name, List<String> missing) {
        if (port == null) {
            missing.add(name);
        }
    }
}
