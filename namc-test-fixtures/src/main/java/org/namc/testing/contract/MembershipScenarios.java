package org.namc.testing.contract;

import org.namc.membership.MembershipSettings;
import org.namc.shared.domain.CommonRefusal;
import org.namc.membership.domain.MembershipRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;
import static org.namc.testing.data.MemberBuilder.aMember;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.namc.NamcPortal;
import org.namc.NamcPortalBuilder;
import org.namc.membership.ChangePassword;
import org.namc.membership.IssuedToken;
import org.namc.membership.LogIn;
import org.namc.membership.LoginResult;
import org.namc.membership.MemberView;
import org.namc.membership.MembershipApi;
import org.namc.membership.RegisterMember;
import org.namc.membership.Registration;
import org.namc.membership.RequestPasswordReset;
import org.namc.membership.ResendVerification;
import org.namc.membership.ResetPassword;
import org.namc.membership.VerifyEmail;
import org.namc.membership.domain.LockoutPolicy;
import org.namc.membership.spi.LoginThrottle;
import org.namc.membership.domain.MemberType;
import org.namc.membership.domain.RenewalPolicy;
import org.namc.shared.domain.NamcException;
import org.namc.membership.domain.MembershipStatus;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.AuditRecord;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.Secret;
import org.namc.testing.MutableClock;
import org.namc.testing.PortalFixture;
import org.namc.testing.data.MemberBuilder;

/**
 * Membership stories through {@link NamcPortal}: registration, verification, login and
 * lockout, password reset, renewal and lapse. Every bundle of adapters runs the same suite
 * by extending it.
 */
public abstract class MembershipScenarios {
    protected PortalFixture fixture;
    protected MembershipApi membership;
    protected MutableClock clock;

    /** A fresh portal with empty stores; {@code settings} carries any policies a test sets. */
    protected abstract PortalFixture newPortal(NamcPortalBuilder settings);

    @BeforeEach
    void startPortal() {
        fixture = newPortal(NamcPortal.builder());
        membership = fixture.portal().membership();
        clock = fixture.clock();
    }

    protected MemberId registeredMember(MemberBuilder member) {
        return member.registerVerified(membership);
    }

    @Test
    void registrationWaitsForVerificationThenStartsAOneYearTerm() {
        Registration registration = membership.register(aMember().command());
        MemberView pending = membership.find(Actor.system(), registration.memberId());
        assertThat(pending.status()).isEqualTo(MembershipStatus.PENDING_VERIFICATION);
        assertThat(registration.verification().expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(48)));

        MemberView active = membership.verifyEmail(new VerifyEmail(registration.verification().token()));

        assertThat(active.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(active.emailVerified()).isTrue();
        assertThat(active.membership().memberSince()).isEqualTo(clock.instant());
        assertThat(active.membership().expiresAt()).isEqualTo(Instant.parse("2027-01-15T09:00:00Z"));
    }

    @Test
    void aVerificationTokenWorksOnceAndNotAfterItExpires() {
        Registration first = membership.register(aMember().command());
        membership.verifyEmail(new VerifyEmail(first.verification().token()));
        assertThatNamcException(() -> membership.verifyEmail(new VerifyEmail(first.verification().token())))
                .hasCode(ErrorCode.INVALID_TOKEN);

        MemberBuilder secondMember = aMember();
        Registration second = membership.register(secondMember.command());
        clock.advance(Duration.ofHours(48));
        assertThatNamcException(() -> membership.verifyEmail(new VerifyEmail(second.verification().token())))
                .hasCode(ErrorCode.INVALID_TOKEN);
        IssuedToken resent = membership.resendVerification(new ResendVerification(secondMember.email()))
                .orElseThrow();
        assertThat(membership.verifyEmail(new VerifyEmail(resent.token())).status()).isEqualTo(MembershipStatus.ACTIVE);
    }

    @Test
    void resendingRetiresTheEarlierToken() {
        MemberBuilder member = aMember();
        Registration registration = membership.register(member.command());
        IssuedToken resent = membership.resendVerification(new ResendVerification(member.email())).orElseThrow();

        assertThatNamcException(() -> membership.verifyEmail(new VerifyEmail(registration.verification().token())))
                .hasCode(ErrorCode.INVALID_TOKEN);
        assertThat(membership.verifyEmail(new VerifyEmail(resent.token())).emailVerified()).isTrue();
    }

    @Test
    void anEmailIsRegisteredOnceWhateverItsCase() {
        membership.register(aMember().withEmail("Owner@BayBuilders.example").command());

        assertThat(membership.register(aMember().withEmail("owner@baybuilders.example").command()).token())
                .isEmpty();
        assertThat(membership.list(Actor.system(), PageRequest.first(10)).totalItems()).isEqualTo(1);
    }

    @Test
    void badRegistrationNamesEveryFieldAndStoresNothing() {
        RegisterMember bad = new RegisterMember("not-an-email", Secret.of("short"), " ", "", null, null,
                "12", null, null, MemberType.REGULAR, null, List.of("framing"), List.of());

        assertThatNamcException(() -> membership.register(bad))
                .hasViolation("email", "format")
                .hasViolation("password", "length")
                .hasViolation("firstName", "required")
                .hasViolation("lastName", "required")
                .hasViolation("phone", "e164");
        assertThat(membership.list(Actor.system(), PageRequest.first(10)).totalItems()).isZero();
        assertThat(fixture.auditRecords()).noneMatch(r -> r.action().equals("member.register")
                && r.outcome() == AuditRecord.Outcome.SUCCESS);
    }

    @Test
    void refusesPasswordsThatAreCommonOrTheEmail() {
        assertThatNamcException(() -> membership.register(aMember().withPassword("password1234").command()))
                .hasViolation("password", "common");
        assertThatNamcException(() -> membership.register(
                aMember().withEmail("longlocalpart@example.org").withPassword("LongLocalPart").command()))
                .hasViolation("password", "not-email");
    }

    @Test
    void logsInWithoutASecondFactor() {
        MemberBuilder member = aMember();
        MemberId id = registeredMember(member);

        LoginResult result = membership.logIn(new LogIn(member.email().toUpperCase(), member.password()));

        assertThat(result).isEqualTo(new LoginResult.Authenticated(id, clock.instant()));
        assertThat(membership.find(Actor.member(id), id).lastSuccessfulLogin()).isEqualTo(clock.instant());
    }

    @Test
    void unknownEmailAndWrongPasswordFailAlike() {
        MemberBuilder member = aMember();
        registeredMember(member);

        var unknown = org.assertj.core.api.Assertions.catchThrowable(() ->
                membership.logIn(new LogIn("nobody@example.org", member.password())));
        var wrong = org.assertj.core.api.Assertions.catchThrowable(() ->
                membership.logIn(new LogIn(member.email(), Secret.of("wrong password here"))));

        assertThatNamcException(() -> { throw unknown; }).hasCode(ErrorCode.INVALID_CREDENTIALS);
        assertThat(wrong).hasMessage(unknown.getMessage());
    }

    @Test
    void fiveFailuresLockTheAccountUntilTheExactInstant() {
        MemberBuilder member = aMember();
        MemberId id = registeredMember(member);
        LogIn wrong = new LogIn(member.email(), Secret.of("not the password"));
        for (int i = 0; i < 5; i++) {
            assertThatNamcException(() -> membership.logIn(wrong)).hasCode(ErrorCode.INVALID_CREDENTIALS);
        }
        Instant unlockAt = clock.instant().plus(Duration.ofMinutes(1));

        LogIn right = new LogIn(member.email(), member.password());
        assertThatNamcException(() -> membership.logIn(right)).hasCode(ErrorCode.ACCOUNT_LOCKED)
                .satisfies(e -> assertThat(e.retryAfter()).contains(unlockAt));
        clock.set(unlockAt.minusMillis(1));
        assertThatNamcException(() -> membership.logIn(right)).hasCode(ErrorCode.ACCOUNT_LOCKED);

        clock.set(unlockAt);
        assertThat(membership.logIn(right)).isInstanceOf(LoginResult.Authenticated.class);
        assertThat(membership.find(Actor.system(), id).lockedUntil()).isNull();
    }

    @Test
    void eachFurtherFailureDoublesTheLock() {
        MemberBuilder member = aMember();
        registeredMember(member);
        LogIn wrong = new LogIn(member.email(), Secret.of("not the password"));
        for (int i = 0; i < 5; i++) {
            assertThatNamcException(() -> membership.logIn(wrong)).hasCode(ErrorCode.INVALID_CREDENTIALS);
        }
        clock.advance(Duration.ofMinutes(1));
        assertThatNamcException(() -> membership.logIn(wrong)).hasCode(ErrorCode.INVALID_CREDENTIALS);

        assertThatNamcException(() -> membership.logIn(new LogIn(member.email(), member.password())))
                .satisfies(e -> assertThat(e.retryAfter()).contains(clock.instant().plus(Duration.ofMinutes(2))));
    }

    @Test
    void concurrentWrongPasswordsAreEachCountedOnce() throws Exception {
        PortalFixture lenient = newPortal(NamcPortal.builder().membershipSettings(new MembershipSettings(
                RenewalPolicy.standard(), new LockoutPolicy(1_000, Duration.ofMinutes(1), Duration.ofDays(1)),
                "NAMC").withLoginThrottle(LoginThrottle.unlimited())));
        MembershipApi api = lenient.portal().membership();
        MemberBuilder member = aMember();
        MemberId id = member.registerVerified(api);

        List<Boolean> refused = Concurrently.run(40, () -> {
            try {
                api.logIn(new LogIn(member.email(), Secret.of("concurrent wrong guess")));
                return false;
            } catch (NamcException e) {
                return e.code() == ErrorCode.INVALID_CREDENTIALS;
            }
        });

        assertThat(refused).containsOnly(true).hasSize(40);
        assertThat(lenient.auditRecords()).filteredOn(r -> r.action().equals("member.login"))
                .extracting(r -> r.changes().get("failedLoginAttempts").after())
                .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, 40)
                        .mapToObj(String::valueOf).toList());
        assertThat(api.find(Actor.system(), id).lockedUntil()).isNull();
    }

    @Test
    void aBurstOfWrongPasswordsLocksAfterExactlyFive() throws Exception {
        MemberBuilder member = aMember();
        registeredMember(member);

        // 18 guesses: with the registration and the right password after them, within the throttle's 20.
        List<ErrorCode> outcomes = Concurrently.run(18, () -> {
            try {
                membership.logIn(new LogIn(member.email(), Secret.of("concurrent wrong guess")));
                return null;
            } catch (NamcException e) {
                return e.code();
            }
        });

        // Wrong guesses against a locked account look like any wrong guess: the lock shows only to the password.
        assertThat(outcomes).containsOnly(ErrorCode.INVALID_CREDENTIALS).hasSize(18);
        assertThat(fixture.auditRecords()).filteredOn(r -> r.action().equals("member.login")
                && r.error() == ErrorCode.ACCOUNT_LOCKED).hasSize(13);
        assertThatNamcException(() -> membership.logIn(new LogIn(member.email(), member.password())))
                .hasCode(ErrorCode.ACCOUNT_LOCKED);
    }

    @Test
    void staffCanUnlockButMembersCannot() {
        MemberBuilder member = aMember();
        MemberId id = registeredMember(member);
        for (int i = 0; i < 5; i++) {
            assertThatNamcException(() -> membership.logIn(new LogIn(member.email(), Secret.of("wrong password 1"))))
                    .hasCode(ErrorCode.INVALID_CREDENTIALS);
        }
        assertThatNamcException(() -> membership.unlock(Actor.member(id), id)).hasReason(CommonRefusal.PERMISSION_DENIED);

        membership.unlock(Actor.system(), id);

        assertThat(membership.logIn(new LogIn(member.email(), member.password())))
                .isInstanceOf(LoginResult.Authenticated.class);
    }

    @Test
    void aPasswordResetSetsANewPasswordOnceAndLiftsTheLock() {
        MemberBuilder member = aMember();
        registeredMember(member);
        for (int i = 0; i < 5; i++) {
            assertThatNamcException(() -> membership.logIn(new LogIn(member.email(), Secret.of("wrong password 2"))))
                    .hasCode(ErrorCode.INVALID_CREDENTIALS);
        }
        IssuedToken reset = membership.requestPasswordReset(new RequestPasswordReset(member.email())).orElseThrow();

        assertThatNamcException(() -> membership.resetPassword(new ResetPassword(reset.token(), Secret.of("short"))))
                .hasViolation("newPassword", "length");
        Secret fresh = Secret.of("a brand new passphrase");
        membership.resetPassword(new ResetPassword(reset.token(), fresh));

        assertThat(membership.logIn(new LogIn(member.email(), fresh))).isInstanceOf(LoginResult.Authenticated.class);
        assertThatNamcException(() -> membership.logIn(new LogIn(member.email(), member.password())))
                .hasCode(ErrorCode.INVALID_CREDENTIALS);
        assertThatNamcException(() -> membership.resetPassword(new ResetPassword(reset.token(), fresh)))
                .hasCode(ErrorCode.INVALID_TOKEN);
        assertThat(membership.requestPasswordReset(new RequestPasswordReset("nobody@example.org"))).isEmpty();
    }

    @Test
    void changingThePasswordNeedsTheCurrentOne() {
        MemberBuilder member = aMember();
        MemberId id = registeredMember(member);
        Secret next = Secret.of("another long passphrase");

        assertThatNamcException(() -> membership.changePassword(Actor.member(id),
                new ChangePassword(id, Secret.of("wrong current pw"), next))).hasCode(ErrorCode.INVALID_CREDENTIALS);
        membership.changePassword(Actor.member(id), new ChangePassword(id, member.password(), next));

        assertThat(membership.logIn(new LogIn(member.email(), next))).isInstanceOf(LoginResult.Authenticated.class);
    }

    @Test
    void theStandingFollowsTheClockThroughExpiringGraceAndLapse() {
        MemberId id = registeredMember(aMember());
        Instant expiry = membership.find(Actor.system(), id).membership().expiresAt();

        clock.set(expiry.minus(Duration.ofDays(30)).minusMillis(1));
        assertThat(membership.find(Actor.system(), id).status()).isEqualTo(MembershipStatus.ACTIVE);
        clock.set(expiry.minus(Duration.ofDays(30)));
        assertThat(membership.find(Actor.system(), id).status()).isEqualTo(MembershipStatus.EXPIRING);
        clock.set(expiry);
        assertThat(membership.find(Actor.system(), id).status()).isEqualTo(MembershipStatus.GRACE);
        clock.set(expiry.plus(Duration.ofDays(30)));
        assertThat(membership.find(Actor.system(), id).status()).isEqualTo(MembershipStatus.LAPSED);
        assertThat(membership.find(Actor.system(), id).status().isInGoodStanding()).isFalse();
    }

    @Test
    void aMemberCannotActOnSomeoneElse() {
        MemberId alice = registeredMember(aMember());
        MemberId bob = registeredMember(aMember());
        assertThatNamcException(() -> membership.cancel(Actor.member(alice), bob)).hasReason(CommonRefusal.PERMISSION_DENIED);
        assertThatNamcException(() -> membership.find(Actor.member(alice), bob)).hasReason(CommonRefusal.PERMISSION_DENIED);
        assertThat(membership.find(Actor.system(), bob).status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(fixture.auditRecords()).anyMatch(r -> r.action().equals("member.cancel")
                && r.outcome() == AuditRecord.Outcome.FAILURE && r.error() == ErrorCode.FORBIDDEN);
    }

    @Test
    void cancellingEndsTheMembershipAtOnce() {
        MemberId id = registeredMember(aMember());
        assertThat(membership.cancel(Actor.member(id), id).status()).isEqualTo(MembershipStatus.CANCELLED);
        assertThatNamcException(() -> membership.cancel(Actor.member(id), id)).hasReason(MembershipRefusal.MEMBERSHIP_CANCELLED);
    }

    @Test
    void deletedMembersVanishAndTheirEmailCanBeUsedAgain() {
        MemberBuilder member = aMember();
        MemberId id = registeredMember(member);
        membership.delete(Actor.member(id), id);

        assertThatNamcException(() -> membership.find(Actor.system(), id)).hasCode(ErrorCode.NOT_FOUND);
        assertThat(membership.list(Actor.system(), PageRequest.first(10)).items()).isEmpty();
        assertThat(membership.register(aMember().withEmail(member.email()).command()).memberId()).isNotEqualTo(id);
    }

    @Test
    void everyChangeIsAuditedWithoutSecrets() {
        MemberBuilder member = aMember();
        MemberId id = registeredMember(member);
        assertThatNamcException(() -> membership.logIn(new LogIn(member.email(), Secret.of("a wrong password"))))
                .hasCode(ErrorCode.INVALID_CREDENTIALS);
        membership.cancel(Actor.member(id), id);

        List<AuditRecord> records = fixture.auditRecords();
        assertThat(records).extracting(AuditRecord::action)
                .containsSubsequence("member.register", "member.verify-email", "member.login", "member.cancel");
        AuditRecord failedLogin = records.stream().filter(r -> r.action().equals("member.login")).findFirst()
                .orElseThrow();
        assertThat(failedLogin.outcome()).isEqualTo(AuditRecord.Outcome.FAILURE);
        assertThat(failedLogin.resourceId()).isEqualTo(id.toString());
        assertThat(failedLogin.changes()).containsKey("failedLoginAttempts");
        assertThat(records.toString()).doesNotContain(member.password().reveal(), "a wrong password");
    }

    @Test
    void theClockDrivesTokenExpiryToTheMillisecond() {
        MemberBuilder member = aMember();
        registeredMember(member);
        IssuedToken reset = membership.requestPasswordReset(new RequestPasswordReset(member.email())).orElseThrow();
        clock.set(reset.expiresAt().minus(1, ChronoUnit.MILLIS));
        membership.resetPassword(new ResetPassword(reset.token(), Secret.of("just in time passphrase")));

        IssuedToken late = membership.requestPasswordReset(new RequestPasswordReset(member.email())).orElseThrow();
        clock.set(late.expiresAt());
        assertThatNamcException(() -> membership.resetPassword(new ResetPassword(late.token(),
                Secret.of("too late passphrase")))).hasCode(ErrorCode.INVALID_TOKEN);
    }
}
