package org.namc.examples;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.namc.NamcPortal;
import org.namc.access.AccessApi;
import org.namc.access.GrantRole;
import org.namc.learning.CertificateView;
import org.namc.membership.CompleteLogIn;
import org.namc.membership.ConfirmTwoFactor;
import org.namc.membership.LogIn;
import org.namc.billing.ExtendMembership;
import org.namc.membership.LoginResult;
import org.namc.membership.MemberView;
import org.namc.membership.MembershipApi;
import org.namc.membership.RecoveryCodes;
import org.namc.membership.RegisterMember;
import org.namc.membership.Registration;
import org.namc.membership.TwoFactorEnrollment;
import org.namc.membership.VerifyEmail;
import org.namc.membership.domain.MemberType;
import org.namc.membership.security.Base32;
import org.namc.membership.security.Totp;
import org.namc.persistence.jpa.JpaPersistence;
import org.namc.shared.authorization.Decision;
import org.namc.shared.authorization.Permission;
import org.namc.shared.authorization.ResourceRef;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.AuditRecord;
import org.namc.shared.domain.EmailAddress;
import org.namc.shared.domain.GeoPoint;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.PostalAddress;
import org.namc.shared.domain.Secret;
import org.namc.testing.MutableClock;

/**
 * The portal's stories, printed as a transcript: on the embedded in-memory runtime, or with
 * {@code --jdbc-url} on PostgreSQL for every store the JPA module provides. The clock is a
 * hand-set one so the story can jump through lockouts and membership years.
 */
public final class PortalDemo {
    static final String START = "2026-01-15T09:00:00Z";
    private static final String MARIA = "Maria.Lopez@LopezElectric.example";

    private final PrintStream out;
    private final DemoRuntime runtime;
    private final MembershipApi membership;
    private final AccessApi access;
    private final MutableClock clock;

    PortalDemo(PrintStream out, DemoRuntime runtime) {
        this.out = out;
        this.runtime = runtime;
        NamcPortal portal = runtime.portal();
        this.membership = portal.membership();
        this.access = portal.access();
        this.clock = runtime.clock();
    }

    /** {@code [--jdbc-url jdbc:postgresql://HOST:PORT/DB?user=U&password=P] [--schema NAME]} */
    public static void main(String[] args) {
        int status = run(List.of(args), System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the demo as the command line asks; returns the process's exit status. */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        DemoOptions options;
        try {
            options = DemoOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println("usage: " + DemoOptions.USAGE);
            return 2;
        }
        MutableClock clock = MutableClock.at(START);
        String jdbcUrl = options.jdbcUrl();
        if (jdbcUrl == null) {
            new PortalDemo(out, DemoRuntime.inMemory(clock)).run();
            return 0;
        }
        try (JpaPersistence persistence = JpaPersistence.builder().jdbcUrl(jdbcUrl).schema(options.schema())
                .clock(clock).build()) {
            if (persistence.members().findByEmail(EmailAddress.of(MARIA)).isPresent()) {
                err.println("schema " + options.schema() + " already holds the demo's members from an earlier run;"
                        + " pass --schema with a new name");
                return 1;
            }
            new PortalDemo(out, DemoRuntime.on(persistence, clock)).run();
            return 0;
        }
    }

    void run() {
        say("NAMC Portal Core demo, on " + runtime.storage() + "; the clock starts at " + clock.instant());
        MemberId maria = membershipStory();
        accessStory(maria);
        auditTrail(maria);
        new ProjectsStory(runtime, out).run();
        MemberId invoiced = new BillingStory(runtime, out).run();
        CertificateView certificate = new LearningStory(runtime, out).run();
        Instant eventsBegin = clock.instant();
        MemberId eventStaff = new EventsStory(runtime, out).run();
        new MessagingStory(runtime, out).run();
        new NotificationsStory(runtime, out).run(eventStaff);
        new AuditStory(runtime, out).run(eventsBegin);
        new DocumentsStory(runtime, out).run(invoiced, certificate);
    }

    private MemberId membershipStory() {
        section("Membership and account security");
        Secret password = Secret.of("rebar and concrete 2026");
        Registration registration = membership.register(new RegisterMember(MARIA,
                password, "Maria", "Lopez", "Lopez Electric", "Owner", "(415) 555-0142",
                PostalAddress.us("22 Mission St", "San Francisco", "CA", "94103"), GeoPoint.of(37.7749, -122.4194),
                MemberType.REGULAR, null, List.of("Electrical", "Solar PV"), List.of()));
        MemberId id = registration.memberId();
        show("registered", membership.find(Actor.system(), id));
        say("  verification token issued, valid until " + registration.verification().expiresAt()
                + " (the token itself is " + registration.verification().token() + ")");
        show("verified", membership.verifyEmail(new VerifyEmail(registration.verification().token())));

        TwoFactorEnrollment enrollment = membership.beginTwoFactorEnrollment(Actor.member(id), id);
        byte[] authenticator = Base32.decode(enrollment.base32Secret().reveal());
        RecoveryCodes recovery = membership.confirmTwoFactor(Actor.member(id),
                new ConfirmTwoFactor(id, Secret.of(code(authenticator))));
        say("two-factor enabled; " + recovery.codes().size() + " recovery codes handed out once");
        clock.advance(Duration.ofMinutes(1));

        LoginResult step1 = membership.logIn(new LogIn("maria.lopez@lopezelectric.example", password));
        say("login with password -> " + step1.getClass().getSimpleName());
        if (step1 instanceof LoginResult.SecondFactorRequired challenge) {
            LoginResult.Authenticated done = membership.completeLogIn(
                    new CompleteLogIn(challenge.challenge(), Secret.of(code(authenticator))));
            say("second factor accepted -> signed in at " + done.at());
        }

        for (int attempt = 1; attempt <= 5; attempt++) {
            attempt(() -> membership.logIn(new LogIn("maria.lopez@lopezelectric.example",
                    Secret.of("guessing the password"))), "wrong password #" + attempt);
        }
        attempt(() -> membership.logIn(new LogIn("maria.lopez@lopezelectric.example", password)),
                "right password while locked");
        clock.advance(Duration.ofMinutes(1));
        say("one minute later the lock has run out:");
        LoginResult again = membership.logIn(new LogIn("maria.lopez@lopezelectric.example", password));
        say("  login -> " + again.getClass().getSimpleName());

        clock.set(membership.find(Actor.system(), id).membership().expiresAt().minus(Duration.ofDays(10)));
        show("ten days before expiry", membership.find(Actor.system(), id));
        say("  a member cannot move their own expiry: renewal is paid through billing, or granted by staff");
        runtime.portal().billing().extendMembership(Actor.system(), new ExtendMembership(id, 30,
                "volunteered at the annual conference"));
        show("after staff granted 30 complimentary days", membership.find(Actor.system(), id));
        clock.set(membership.find(Actor.system(), id).membership().expiresAt().plus(Duration.ofDays(45)));
        show("45 days after expiry", membership.find(Actor.system(), id));
        return id;
    }

    private void accessStory(MemberId maria) {
        section("Access control");
        Actor actor = Actor.member(maria);
        ResourceRef ownProject = ResourceRef.owned("project", "bart-station-retrofit", maria);
        Permission publish = Permission.of("project", "publish");
        decision("Maria publishes her project", access.decide(actor, publish, ownProject));

        Instant until = clock.instant().plus(Duration.ofDays(30));
        access.grantRole(Actor.system(), new GrantRole(maria, "PROJECT_OWNER", until));
        say("staff grant Maria PROJECT_OWNER until " + until);
        decision("Maria publishes her project", access.decide(actor, publish, ownProject));
        decision("Maria publishes someone else's project", access.decide(actor, publish,
                ResourceRef.owned("project", "other-firms-bid", MemberId.of("00000000-0000-7000-8000-0000000000ff"))));

        clock.set(until);
        say("the clock reaches " + until);
        decision("Maria publishes her project", access.decide(actor, publish, ownProject));
    }

    private void decision(String what, Decision decision) {
        say(String.format("  %-42s -> %s: %s", what, decision.isAllowed() ? "ALLOWED" : "DENIED",
                decision.reason()));
    }

    private void auditTrail(MemberId id) {
        section("Audit records of the membership and access stories");
        for (AuditRecord r : runtime.auditRecords()) {
            if (r.action().equals("role.seed")) {
                continue;
            }
            say(String.format("  %s  %-28s %-8s %-22s %s", r.occurredAt(), r.action(), r.outcome(),
                    r.error() == null ? "" : r.error(), r.changes().keySet()));
        }
        say("(the system-role seeding entry is left out; all entries concern member " + id + ")");
    }

    private String code(byte[] authenticator) {
        return Totp.code(authenticator, Totp.stepAt(clock.instant()));
    }

    private void attempt(Runnable action, String label) {
        try {
            action.run();
            say(label + " -> accepted");
        } catch (NamcException e) {
            say(label + " -> " + e.code() + e.retryAfter().map(t -> " (retry after " + t + ")").orElse(""));
        }
    }

    private void show(String label, MemberView view) {
        say(String.format("%s: %s %s <%s>, %s, expires %s", label, view.profile().firstName(),
                view.profile().lastName(), view.email(), view.status(), view.membership().expiresAt()));
    }

    private void section(String title) {
        say("");
        say("== " + title + " ==");
    }

    private void say(String line) {
        out.println(line);
    }
}
