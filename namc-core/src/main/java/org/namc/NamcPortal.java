package org.namc;

import java.time.Clock;
import org.namc.shared.domain.Actor;
import org.namc.access.AccessApi;
import org.namc.audit.AuditApi;
import org.namc.billing.BillingApi;
import org.namc.events.EventsApi;
import org.namc.insights.InsightsApi;
import org.namc.messaging.MessagingApi;
import org.namc.notifications.NotificationsApi;
import org.namc.learning.LearningApi;
import org.namc.membership.MembershipApi;
import org.namc.projects.ProjectsApi;
import org.namc.reports.ReportsApi;

/**
 * The embedded portal: one primary port per feature, wired from the adapters given to
 * {@link #builder()}. Thread-safe; build one per application.
 */
public final class NamcPortal {
    private final Clock clock;
    private final AccessApi access;
    private final MembershipApi membership;
    private final AuditApi audit;
    private final ProjectsApi projects;
    private final BillingApi billing;
    private final LearningApi learning;
    private final EventsApi events;
    private final MessagingApi messaging;
    private final NotificationsApi notifications;
    private final InsightsApi insights;
    private final ReportsApi reports;

    NamcPortal(Clock clock, AccessApi access, MembershipApi membership, AuditApi audit,
               ProjectsApi projects, BillingApi billing, LearningApi learning, EventsApi events,
               MessagingApi messaging, NotificationsApi notifications, InsightsApi insights,
               ReportsApi reports) {
        this.billing = billing;
        this.learning = learning;
        this.events = events;
        this.messaging = messaging;
        this.notifications = notifications;
        this.insights = insights;
        this.reports = reports;
        this.clock = clock;
        this.access = access;
        this.membership = membership;
        this.audit = audit;
        this.projects = projects;
    }

    /** CSV-ready exports for finance and staff, streamed page by page and access-checked like their listings. */
    public ReportsApi reports() {
        return reports;
    }

    /** Roles, grants and decisions. Call {@code access().seedSystemRoles(Actor.system())} once at start-up. */
    public AccessApi access() {
        return access;
    }

    public static NamcPortalBuilder builder() {
        return new NamcPortalBuilder();
    }

    public MembershipApi membership() {
        return membership;
    }

    /** The hash-chained audit trail every use case writes: queries, chain verification, archival. */
    public AuditApi audit() {
        return audit;
    }

    /** Project opportunities, applications, contractor qualifications and matching. */
    public ProjectsApi projects() {
        return projects;
    }

    /** Membership tiers, subscriptions with proration, invoices, payments, refunds and dunning. */
    public BillingApi billing() {
        return billing;
    }

    /** Courses, enrolments, lesson progress, assessments with auto-grading, and verifiable certificates. */
    public LearningApi learning() {
        return learning;
    }

    /** Events, registrations with capacity, waiting list and payment, check-in and calendar export. */
    public EventsApi events() {
        return events;
    }

    /** Direct messages, threads, read receipts, blocking, flagging and moderation. */
    public MessagingApi messaging() {
        return messaging;
    }

    /** Notifications, templates, delivery planning and the outbox dispatcher. */
    public NotificationsApi notifications() {
        return notifications;
    }

    /** AI-feedback records, rating aggregates and the model registry. */
    public InsightsApi insights() {
        return insights;
    }

    /** The clock every use case reads; hosts use it to stay consistent with the portal's notion of now. */
    /**
     * Re-encrypts every stored secret not under the cipher's current key: second-factor secrets
     * and meeting passwords. Run it after adding a new current key; once it returns, the old key
     * can leave the keyring. Needs {@code secret:rotate}; returns how many secrets moved.
     */
    public int reencryptSecrets(Actor actor) {
        return membership.reencryptSecrets(actor) + events.reencryptMeetingPasswords(actor);
    }

    public Clock clock() {
        return clock;
    }
}

