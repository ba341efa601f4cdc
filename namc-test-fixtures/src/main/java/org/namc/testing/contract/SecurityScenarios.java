package org.namc.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;
import static org.namc.testing.data.MemberBuilder.aMember;
import static org.namc.testing.data.TierBuilder.aTier;
import static org.namc.testing.data.EventBuilder.anEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.namc.NamcPortal;
import org.namc.NamcPortalBuilder;
import org.namc.access.AccessApi;
import org.namc.access.CreateRole;
import org.namc.access.GrantRole;
import org.namc.access.RevokeRole;
import org.namc.audit.ArchiveAuditEntries;
import org.namc.audit.domain.AuditClassification;
import org.namc.billing.BillingApi;
import org.namc.billing.ExtendMembership;
import org.namc.billing.SetPaymentMethod;
import org.namc.billing.Subscribe;
import org.namc.billing.SubscriptionOutcome;
import org.namc.billing.CancelSubscription;
import org.namc.billing.domain.BillingInterval;
import org.namc.membership.ChangePassword;
import org.namc.membership.CompleteLogIn;
import org.namc.events.EventView;
import org.namc.events.RegisterForEvent;
import org.namc.events.domain.EventId;
import org.namc.membership.ConfirmTwoFactor;
import org.namc.membership.DisableTwoFactor;
import org.namc.membership.LogIn;
import org.namc.membership.LoginResult;
import org.namc.membership.MemberView;
import org.namc.membership.MembershipApi;
import org.namc.membership.RegenerateRecoveryCodes;
import org.namc.membership.RegisterMember;
import org.namc.membership.Registration;
import org.namc.membership.RequestPasswordReset;
import org.namc.membership.ResendVerification;
import org.namc.membership.ResetPassword;
import org.namc.membership.ResetTwoFactor;
import org.namc.membership.UpdateProfile;
import org.namc.membership.domain.MemberType;
import org.namc.membership.domain.Profile;
import org.namc.membership.MembershipSettings;
import org.namc.membership.security.Base32;
import org.namc.membership.security.PasswordPolicy;
import org.namc.membership.security.TokenBucketLoginThrottle;
import org.namc.membership.security.Totp;
import org.namc.notifications.domain.NotificationType;
import org.namc.shared.authorization.Decision;
import org.namc.shared.authorization.Permission;
import org.namc.shared.authorization.ResourceRef;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.AuditRecord;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.Secret;
import org.namc.testing.MutableClock;
import org.namc.testing.PortalFixture;
import org.namc.testing.data.MemberBuilder;
import org.namc.testing.inmemory.InMemoryPaymentGateway;

/**
 * The portal's trust boundaries, tried as an attacker would through the public API: privilege
 * (impersonation, grants, second factors), money (renewals, trials), accounts (lockout,
 * enumeration, credentials) and input. Every bundle of adapters runs the same suite.
 */
public abstract class SecurityScenarios {
    protected PortalFixture fixture;
    protected NamcPortal portal;
    protected MembershipApi membership;
    protected AccessApi access;
    protected BillingApi billing;
    protected MutableClock clock;

    protected abstract PortalFixture newPortal(NamcPortalBuilder settings);

    @BeforeEach
    void startPortal() {
        use(newPortal(NamcPortal.builder()));
    }

    private void use(PortalFixture newFixture) {
        fixture = newFixture;
        portal = fixture.portal();
        membership = portal.membership();
        access = portal.access();
        billing = portal.billing();
        clock = fixture.clock();
    }

    private MemberId member() {
        return aMember().registerVerified(membership);
    }

    private MemberId holding(String role) {
        MemberId id = member();
        access.grantRole(Actor.system(), new GrantRole(id, role, null));
        return id;
    }

    // ---- 1. impersonation never widens power ----

    @Test
    void staffCannotImpersonateAnAdministrator() {
        MemberId staff = holding("STAFF");
        MemberId admin = holding("ADMIN");

        assertThatNamcException(() -> access.impersonate(Actor.member(staff), admin)).hasCode(ErrorCode.FORBIDDEN);
        assertThatNamcException(() -> access.grantRole(Actor.member(staff), new GrantRole(staff, "ADMIN", null)))
                .hasCode(ErrorCode.FORBIDDEN);
        assertThat(access.grantsOf(Actor.system(), staff)).extracting(g -> g.roleName()).containsOnly("STAFF");
    }

    @Test
    void whileImpersonatingRolesSecurityKeysAndAuditAreOffLimits() {
        MemberId staff = holding("STAFF");
        MemberBuilder ana = aMember();
        MemberId anaId = ana.registerVerified(membership);
        Actor asAna = access.impersonate(Actor.member(staff), anaId);

        assertThatNamcException(() -> access.grantRole(asAna, new GrantRole(member(), "PROJECT_OWNER", null)))
                .hasCode(ErrorCode.FORBIDDEN);
        assertThatNamcException(() -> membership.changePassword(asAna, new ChangePassword(anaId, ana.password(),
                Secret.of("a brand new passphrase")))).hasCode(ErrorCode.FORBIDDEN);
        assertThatNamcException(() -> membership.beginTwoFactorEnrollment(asAna, anaId)).hasCode(ErrorCode.FORBIDDEN);
        assertThatNamcException(() -> membership.reencryptSecrets(asAna)).hasCode(ErrorCode.FORBIDDEN);
        assertThatNamcException(() -> portal.audit().archive(asAna,
                new ArchiveAuditEntries(Duration.ofDays(30)))).hasCode(ErrorCode.FORBIDDEN);

        Decision read = access.decide(asAna, Permission.of("member", "read"), ResourceRef.member(anaId));
        assertThat(read.isAllowed()).isTrue();
        assertThat(read.reason()).contains(anaId.toString(), staff.toString());
        assertThat(fixture.auditRecords()).filteredOn(r -> r.action().equals("member.password.change"))
                .singleElement().satisfies(r -> assertThat(r.actor().impersonatedBy()).isEqualTo(staff));
    }

    // ---- 2. no one grants more than they hold ----

    @Test
    void staffGrantOnlyWhatTheyHoldAndNeverToThemselves() {
        MemberId staff = holding("STAFF");
        MemberId bo = member();

        assertThatNamcException(() -> access.grantRole(Actor.member(staff), new GrantRole(staff, "FINANCE", null)))
                .hasCode(ErrorCode.FORBIDDEN);
        assertThatNamcException(() -> access.grantRole(Actor.member(staff), new GrantRole(bo, "FINANCE", null)))
                .hasCode(ErrorCode.FORBIDDEN);
        access.grantRole(Actor.member(staff), new GrantRole(bo, "PROJECT_OWNER", null));

        assertThat(access.grantsOf(Actor.system(), bo)).extracting(g -> g.roleName()).containsOnly("PROJECT_OWNER");
    }

    @Test
    void aCustomRoleThatIncludesAdminIsGuardedLikeAdmin() {
        MemberId admin = holding("ADMIN");
        MemberId staff = holding("STAFF");
        access.createRole(Actor.member(admin), new CreateRole("DEPUTY", "Stands in for the administrator",
                List.of("course:read"), List.of("ADMIN")));

        assertThatNamcException(() -> access.grantRole(Actor.member(staff), new GrantRole(member(), "DEPUTY", null)))
                .hasCode(ErrorCode.FORBIDDEN);
    }

    @Test
    void staffCannotRevokeDeleteUnlockOrResetTheAdministrator() {
        MemberId staff = holding("STAFF");
        MemberId admin = holding("ADMIN");
        holding("ADMIN");

        assertThatNamcException(() -> access.revokeRole(Actor.member(staff), new RevokeRole(admin, "ADMIN")))
                .hasCode(ErrorCode.FORBIDDEN);
        assertThatNamcException(() -> membership.delete(Actor.member(staff), admin)).hasCode(ErrorCode.FORBIDDEN);
        assertThatNamcException(() -> membership.unlock(Actor.member(staff), admin)).hasCode(ErrorCode.FORBIDDEN);
        assertThatNamcException(() -> membership.resetTwoFactor(Actor.member(staff),
                new ResetTwoFactor(admin, "lost phone"))).hasCode(ErrorCode.FORBIDDEN);
        assertThat(membership.find(Actor.system(), admin).id()).isEqualTo(admin);
    }

    @Test
    void theLastActiveAdministratorCanBeNeitherRevokedNorDeleted() {
        MemberId admin = holding("ADMIN");

        assertThatNamcException(() -> access.revokeRole(Actor.system(), new RevokeRole(admin, "ADMIN")))
                .hasCode(ErrorCode.ILLEGAL_STATE);
        assertThatNamcException(() -> membership.delete(Actor.member(admin), admin))
                .hasCode(ErrorCode.ILLEGAL_STATE);

        MemberId successor = holding("ADMIN");
        access.revokeRole(Actor.member(successor), new RevokeRole(admin, "ADMIN"));
        assertThat(access.grantsOf(Actor.system(), admin)).isEmpty();
    }

    // ---- 3. only the member enrols their own second factor ----

    @Test
    void noOneButTheMemberEnrolsTheirSecondFactor() {
        MemberId staff = holding("STAFF");
        MemberId ana = member();

        assertThatNamcException(() -> membership.beginTwoFactorEnrollment(Actor.member(staff), ana))
                .hasCode(ErrorCode.FORBIDDEN);
        assertThatNamcException(() -> membership.beginTwoFactorEnrollment(Actor.system(), ana))
                .hasCode(ErrorCode.FORBIDDEN);
        assertThat(membership.find(Actor.system(), ana).twoFactorEnabled()).isFalse();
    }

    @Test
    void staffResetAFactorWithAReasonAndTheMemberIsTold() {
        MemberId staff = holding("STAFF");
        MemberBuilder ana = aMember();
        MemberId anaId = ana.registerVerified(membership);
        byte[] secret = enrol(anaId);

        assertThatNamcException(() -> membership.disableTwoFactor(Actor.member(staff),
                new DisableTwoFactor(anaId, ana.password(), code(secret)))).hasCode(ErrorCode.FORBIDDEN);
        assertThatNamcException(() -> membership.resetTwoFactor(Actor.member(staff), new ResetTwoFactor(anaId, " ")))
                .hasViolationOn("reason");
        MemberView reset = membership.resetTwoFactor(Actor.member(staff), new ResetTwoFactor(anaId, "lost phone"));

        assertThat(reset.twoFactorEnabled()).isFalse();
        assertThat(portal.notifications().inbox(Actor.member(anaId), anaId, PageRequest.first(10)).items())
                .anyMatch(n -> n.type() == NotificationType.SECURITY && n.title().contains("reset"));
        assertThat(fixture.auditRecords()).filteredOn(r -> r.action().equals("member.two-factor.reset"))
                .singleElement().satisfies(r -> assertThat(r.changes().get("reason").after()).isEqualTo("lost phone"));
    }

    @Test
    void turningOffOnesOwnFactorNeedsACodeAndWrongOnesCount() {
        MemberBuilder ana = aMember();
        MemberId anaId = ana.registerVerified(membership);
        byte[] secret = enrol(anaId);

        for (int i = 0; i < 5; i++) {
            assertThatNamcException(() -> membership.disableTwoFactor(Actor.member(anaId),
                    new DisableTwoFactor(anaId, ana.password(), Secret.of("AAAA-AAAA-AAAA-AAAA"))))
                    .hasCode(ErrorCode.INVALID_SECOND_FACTOR);
        }
        assertThatNamcException(() -> membership.logIn(new LogIn(ana.email(), ana.password())))
                .hasCode(ErrorCode.ACCOUNT_LOCKED);
        assertThat(membership.find(Actor.system(), anaId).twoFactorEnabled()).isTrue();
    }

    // ---- 4. membership is extended only by what was paid ----

    @Test
    void aMemberCannotMoveTheirOwnExpiry() {
        MemberId ana = member();
        Instant expiry = membership.find(Actor.system(), ana).membership().expiresAt();

        assertThat(access.decide(Actor.member(ana), Permission.of("member", "renew"), ResourceRef.member(ana))
                .isAllowed()).isFalse();
        assertThatNamcException(() -> billing.extendMembership(Actor.member(ana),
                new ExtendMembership(ana, 365, "I deserve it"))).hasCode(ErrorCode.FORBIDDEN);
        assertThat(membership.find(Actor.system(), ana).membership().expiresAt()).isEqualTo(expiry);
    }

    @Test
    void staffGrantComplimentaryDaysWithAReasonOnRecord() {
        MemberId staff = holding("STAFF");
        MemberId ana = member();
        Instant expiry = membership.find(Actor.system(), ana).membership().expiresAt();

        assertThatNamcException(() -> billing.extendMembership(Actor.member(staff),
                new ExtendMembership(ana, 30, ""))).hasViolationOn("reason");
        assertThatNamcException(() -> billing.extendMembership(Actor.member(staff),
                new ExtendMembership(staff, 30, "for me"))).hasCode(ErrorCode.FORBIDDEN);
        billing.extendMembership(Actor.member(staff), new ExtendMembership(ana, 30, "conference volunteer"));

        assertThat(membership.find(Actor.system(), ana).membership().expiresAt())
                .isEqualTo(expiry.plus(Duration.ofDays(30)));
        AuditRecord granted = fixture.auditRecords().stream()
                .filter(r -> r.action().equals("membership.complimentary-extension")
                        && r.outcome() == AuditRecord.Outcome.SUCCESS).findFirst().orElseThrow();
        assertThat(AuditClassification.isComplianceRelevant(granted)).isTrue();
        assertThat(granted.changes().get("reason").after()).isEqualTo("conference volunteer");
    }

    // ---- 5. trials are the association's offer ----

    @Test
    void aTrialLastsWhatTheTierSaysNeedsAPaymentMethodAndIsTakenOnce() {
        aTier("GOLD").monthly("30.00").trial(30, true).define(billing);
        aTier("SILVER").monthly("15.00").define(billing);
        MemberId ana = member();
        clock.advance(Duration.ofDays(1));

        assertThatNamcException(() -> billing.subscribe(Actor.member(ana),
                Subscribe.withTrial(ana, "GOLD", BillingInterval.MONTHLY))).hasCode(ErrorCode.ILLEGAL_STATE);
        billing.setPaymentMethod(Actor.member(ana), new SetPaymentMethod(ana, InMemoryPaymentGateway.VISA));
        assertThatNamcException(() -> billing.subscribe(Actor.member(ana),
                Subscribe.withTrial(ana, "SILVER", BillingInterval.MONTHLY))).hasViolation("trial", "offered");

        var trial = (SubscriptionOutcome.Trialing) billing.subscribe(Actor.member(ana),
                Subscribe.withTrial(ana, "GOLD", BillingInterval.MONTHLY));
        assertThat(Duration.between(clock.instant(), trial.subscription().trialEnd()).toDays()).isEqualTo(30);
        billing.cancelSubscription(Actor.member(ana), new CancelSubscription(trial.subscription().id(), false));

        assertThatNamcException(() -> billing.subscribe(Actor.member(ana),
                Subscribe.withTrial(ana, "GOLD", BillingInterval.MONTHLY))).hasCode(ErrorCode.ILLEGAL_STATE);
    }

    // ---- 6. lockout cannot be used against the owner ----

    @Test
    void aGuessEverySixteenMinutesNeverLocksTheOwnerOut() {
        MemberBuilder ana = aMember();
        ana.registerVerified(membership);
        for (int i = 0; i < 12; i++) {
            assertThatNamcException(() -> membership.logIn(new LogIn(ana.email(), Secret.of("attacker guess 1"))))
                    .hasCode(ErrorCode.INVALID_CREDENTIALS);
            clock.advance(Duration.ofMinutes(16));
        }

        assertThat(membership.logIn(new LogIn(ana.email(), ana.password())))
                .isInstanceOf(LoginResult.Authenticated.class);
    }

    @Test
    void theLockIsCappedAtFifteenMinutes() {
        MemberBuilder ana = aMember();
        ana.registerVerified(membership);
        for (int i = 0; i < 15; i++) {
            catchingAll(() -> membership.logIn(new LogIn(ana.email(), Secret.of("attacker guess 1"))));
            clock.advance(Duration.ofSeconds(61));
        }

        assertThatNamcException(() -> membership.logIn(new LogIn(ana.email(), ana.password())))
                .hasCode(ErrorCode.ACCOUNT_LOCKED)
                .satisfies(e -> assertThat(e.retryAfter().orElseThrow())
                        .isBeforeOrEqualTo(clock.instant().plus(Duration.ofMinutes(15))));
    }

    @Test
    void wrongCurrentPasswordsCountTowardsTheLock() {
        MemberBuilder ana = aMember();
        MemberId anaId = ana.registerVerified(membership);
        for (int i = 0; i < 5; i++) {
            assertThatNamcException(() -> membership.changePassword(Actor.member(anaId), new ChangePassword(anaId,
                    Secret.of("a guessed password"), Secret.of("a brand new passphrase"))))
                    .hasCode(ErrorCode.INVALID_CREDENTIALS);
        }

        assertThatNamcException(() -> membership.logIn(new LogIn(ana.email(), ana.password())))
                .hasCode(ErrorCode.ACCOUNT_LOCKED);
    }

    @Test
    void theLoginThrottleLimitsGuessesPerAccountNameKnownOrNot() {
        use(newPortal(NamcPortal.builder().membershipSettings(MembershipSettings.defaults()
                .withLoginThrottle(new TokenBucketLoginThrottle(
                        new TokenBucketLoginThrottle.Limit(3, Duration.ofMinutes(1)),
                        new TokenBucketLoginThrottle.Limit(100, Duration.ofSeconds(1)))))));
        MemberBuilder ana = aMember();
        ana.registerVerified(membership);
        clock.advance(Duration.ofMinutes(1)); // the registration spent one attempt of the address's budget

        for (String email : List.of(ana.email(), "nobody@nowhere.example")) {
            for (int i = 0; i < 3; i++) {
                assertThatNamcException(() -> membership.logIn(new LogIn(email, Secret.of("attacker guess 1"))))
                        .hasCode(ErrorCode.INVALID_CREDENTIALS);
            }
            assertThatNamcException(() -> membership.logIn(new LogIn(email, Secret.of("attacker guess 1"))))
                    .hasCode(ErrorCode.TOO_MANY_ATTEMPTS);
        }
        clock.advance(Duration.ofMinutes(1));
        assertThat(membership.logIn(new LogIn(ana.email(), ana.password()))).isInstanceOf(LoginResult.Authenticated.class);
    }

    // ---- 7. no account enumeration ----

    @Test
    void aLockedAccountAnswersWrongGuessesLikeAnUnknownAddress() {
        MemberBuilder ana = aMember();
        ana.registerVerified(membership);
        for (int i = 0; i < 5; i++) {
            catchingAll(() -> membership.logIn(new LogIn(ana.email(), Secret.of("attacker guess 1"))));
        }

        assertThatNamcException(() -> membership.logIn(new LogIn(ana.email(), Secret.of("attacker guess 2"))))
                .hasCode(ErrorCode.INVALID_CREDENTIALS).satisfies(e -> assertThat(e.retryAfter()).isEmpty());
        assertThatNamcException(() -> membership.logIn(new LogIn("nobody@nowhere.example", Secret.of("guess"))))
                .hasCode(ErrorCode.INVALID_CREDENTIALS).satisfies(e -> assertThat(e.retryAfter()).isEmpty());
    }

    @Test
    void registeringATakenAddressAnswersLikeANewOneAndTellsItsOwner() {
        MemberBuilder ana = aMember();
        MemberId anaId = ana.registerVerified(membership);

        Registration again = membership.register(aMember().withEmail(ana.email()).command());

        assertThat(again).isEqualTo(Registration.alreadyRegistered());
        assertThat(portal.notifications().inbox(Actor.member(anaId), anaId, PageRequest.first(10)).items())
                .anyMatch(n -> n.type() == NotificationType.SECURITY && n.title().contains("register"));
        assertThat(membership.list(Actor.system(), PageRequest.first(10)).totalItems()).isEqualTo(1);
    }

    @Test
    void resendingAVerificationTakesTheAddressAndTellsNothing() {
        MemberBuilder ana = aMember();
        membership.register(ana.command());
        MemberBuilder bo = aMember();
        bo.registerVerified(membership);

        assertThat(membership.resendVerification(new ResendVerification(ana.email()))).isPresent();
        assertThat(membership.resendVerification(new ResendVerification(bo.email()))).isEmpty();
        assertThat(membership.resendVerification(new ResendVerification("nobody@nowhere.example"))).isEmpty();
        assertThat(membership.requestPasswordReset(new RequestPasswordReset("nobody@nowhere.example"))).isEmpty();
    }

    // ---- 10. hosts can end sessions ----

    @Test
    void theCredentialStampChangesWithEveryCredentialAndNothingElse() {
        MemberBuilder ana = aMember();
        MemberId anaId = ana.registerVerified(membership);
        String first = stamp(anaId);
        membership.updateProfile(Actor.member(anaId), new UpdateProfile(anaId, Profile.named("Ana", "Reyes")));
        assertThat(stamp(anaId)).isEqualTo(first);

        membership.changePassword(Actor.member(anaId), new ChangePassword(anaId, ana.password(),
                Secret.of("a second passphrase")));
        String afterChange = stamp(anaId);
        var reset = membership.requestPasswordReset(new RequestPasswordReset(ana.email())).orElseThrow();
        membership.resetPassword(new ResetPassword(reset.token(), Secret.of("a third passphrase")));
        String afterReset = stamp(anaId);
        byte[] secret = enrol(anaId);
        String afterEnrol = stamp(anaId);
        membership.regenerateRecoveryCodes(Actor.member(anaId), new RegenerateRecoveryCodes(anaId, code(secret)));
        String afterCodes = stamp(anaId);

        assertThat(List.of(first, afterChange, afterReset, afterEnrol, afterCodes)).doesNotHaveDuplicates();
    }

    // ---- 11. password policy ----

    @Test
    void thePasswordPolicyIsTheHostsToTuneAndNormalisesInput() {
        use(newPortal(NamcPortal.builder().membershipSettings(MembershipSettings.defaults()
                .withPasswordPolicy(new PasswordPolicy(p -> p.reveal().contains("acme"))))));

        assertThatNamcException(() -> membership.register(aMember().withPassword("acme tools forever").command()))
                .hasViolation("password", "common");
        assertThatNamcException(() -> membership.register(aMember().withPassword("              ").command()))
                .hasViolation("password", "not-blank");

        MemberBuilder ana = aMember().withPassword("\uFF46\uFF55\uFF4C\uFF4C width passphrase");
        ana.registerVerified(membership);
        assertThat(membership.logIn(new LogIn(ana.email(), Secret.of("full width passphrase"))))
                .isInstanceOf(LoginResult.Authenticated.class);
    }

    // ---- 13. refused reads and profile changes in the audit trail ----

    @Test
    void refusedReadsOfOtherMembersAreAuditedAndProfileChangesNameFieldsOnly() {
        MemberId ana = member();
        MemberId bo = member();

        assertThatNamcException(() -> membership.find(Actor.member(ana), bo)).hasCode(ErrorCode.FORBIDDEN);
        assertThatNamcException(() -> access.grantsOf(Actor.member(ana), bo)).hasCode(ErrorCode.FORBIDDEN);
        assertThatNamcException(() -> portal.audit().byActor(Actor.member(ana), bo, PageRequest.first(5)))
                .hasCode(ErrorCode.FORBIDDEN);
        assertThat(fixture.auditRecords()).filteredOn(r -> r.outcome() == AuditRecord.Outcome.FAILURE
                        && r.error() == ErrorCode.FORBIDDEN && ana.equals(r.actor().memberId()))
                .extracting(AuditRecord::action).contains("member.read", "role.grants.read", "audit.read");

        membership.updateProfile(Actor.member(ana), new UpdateProfile(ana, Profile.named("Anabel", "Secretname")));
        AuditRecord update = fixture.auditRecords().stream()
                .filter(r -> r.action().equals("member.profile.update")).findFirst().orElseThrow();
        assertThat(update.changes().get("profileFields").after()).contains("firstName", "lastName");
        assertThat(update.toString()).doesNotContain("Anabel", "Secretname");
    }

    // ---- 14. every secret is re-encrypted on key rotation ----

    @Test
    void afterRotationEverySecretReadsWithTheNewKeyAlone() {
        Actor staff = Actor.member(holding("STAFF"));
        EventId event = anEvent().virtual("s3cret-zoom").startingDaysAfter(clock.instant(), 10)
                .createPublished(portal.events(), staff);
        MemberBuilder ana = aMember();
        MemberId anaId = ana.registerVerified(membership);
        byte[] secret = enrol(anaId);

        fixture.keys().rotate("test-key-2");
        assertThat(portal.reencryptSecrets(Actor.system())).isEqualTo(2);
        fixture.keys().retireOldKeys();

        assertThat(portal.events().meetingAccess(staff, event).password().reveal()).isEqualTo("s3cret-zoom");
        var challenge = (LoginResult.SecondFactorRequired) membership.logIn(new LogIn(ana.email(), ana.password()));
        assertThat(membership.completeLogIn(new CompleteLogIn(challenge.challenge(), code(secret))).memberId())
                .isEqualTo(anaId);
        assertThat(portal.reencryptSecrets(Actor.system())).isZero();
    }

    // ---- 15. online-meeting join details only for attendees and staff ----

    @Test
    void joinDetailsAreForAttendeesAndStaffInTheViewAndTheCalendar() {
        Actor staff = Actor.member(holding("STAFF"));
        EventId event = anEvent().virtual("s3cret-zoom").startingDaysAfter(clock.instant(), 10)
                .createPublished(portal.events(), staff);
        MemberId attendee = member();
        MemberId stranger = member();
        portal.events().register(Actor.member(attendee), RegisterForEvent.of(event, attendee));

        EventView seenByStranger = portal.events().findEvent(Actor.member(stranger), event);
        assertThat(seenByStranger.joinDetailsShown()).isFalse();
        assertThat(seenByStranger.event().location().meeting().url()).isNull();
        assertThat(seenByStranger.event().location().meeting().meetingId()).isNull();
        assertThat(portal.events().exportICalendar(Actor.member(stranger), event))
                .doesNotContain("zoom.example", "123 456 789");
        assertThat(portal.events().upcoming(Actor.member(stranger), PageRequest.first(10)).items())
                .allSatisfy(v -> assertThat(v.joinDetailsShown()).isFalse());
        assertThat(portal.events().publicCalendarFeed(Actor.anonymous())).contains("Zoom")
                .doesNotContain("zoom.example", "123 456 789");

        assertThat(portal.events().findEvent(Actor.member(attendee), event).event().location().meeting().url())
                .hasHost("zoom.example");
        assertThat(portal.events().exportICalendar(Actor.member(attendee), event)).contains("zoom.example");
        assertThat(portal.events().findEvent(staff, event).joinDetailsShown()).isTrue();
    }

    // ---- 16. bad input gets a clear error ----

    @Test
    void controlAndDirectionCharactersAreRefusedInSingleLineText() {
        for (String name : List.of("Ana\r\nBcc: x", "Ana\u0000", "Ana\u202Egnp.exe", "Ana\u2066x")) {
            assertThatNamcException(() -> membership.register(new RegisterMember("ana@firm.example",
                    Secret.of("a long passphrase"), name, "Reyes", null, null, null, null, null, MemberType.REGULAR,
                    null, List.of(), List.of()))).hasViolation("firstName", "single-line");
        }
    }

    @Test
    void hugeAmountsAndPagesAreRefusedQuickly() {
        assertThatCode(() -> assertThatNamcException(() -> Money.of("1e10000000", "USD"))
                .hasViolation("amount", "magnitude")).doesNotThrowAnyException();
        assertThatNamcException(() -> Money.of("-1e16", "USD")).hasViolation("amount", "magnitude");
        assertThatNamcException(() -> new PageRequest(Integer.MAX_VALUE, 500)).hasViolation("page", "range");
        assertThatNamcException(() -> membership.list(Actor.system(), new PageRequest(PageRequest.MAX_PAGE + 1, 10)))
                .hasCode(ErrorCode.VALIDATION_FAILED);
    }

    // ---- helpers ----

    private String stamp(MemberId id) {
        return membership.find(Actor.system(), id).credentialStamp();
    }

    /** Enrols the member's TOTP factor and moves past the codes used, returning the secret. */
    private byte[] enrol(MemberId id) {
        var enrollment = membership.beginTwoFactorEnrollment(Actor.member(id), id);
        byte[] secret = Base32.decode(enrollment.base32Secret().reveal());
        membership.confirmTwoFactor(Actor.member(id), new ConfirmTwoFactor(id, code(secret)));
        clock.advance(Duration.ofSeconds(60));
        return secret;
    }

    private Secret code(byte[] secret) {
        return Secret.of(Totp.code(secret, Totp.stepAt(clock.instant())));
    }

    private static void catchingAll(Runnable attempt) {
        try {
            attempt.run();
        } catch (RuntimeException expected) {
            // a refusal is what the attempt is for
        }
    }
}
