package org.namc.testing.contract;

import org.namc.shared.domain.CommonRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;
import static org.namc.testing.data.MemberBuilder.aMember;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.namc.NamcPortal;
import org.namc.NamcPortalBuilder;
import org.namc.membership.CompleteLogIn;
import org.namc.membership.ConfirmTwoFactor;
import org.namc.membership.DisableTwoFactor;
import org.namc.membership.LogIn;
import org.namc.membership.LoginResult;
import org.namc.membership.MembershipApi;
import org.namc.membership.RecoveryCodes;
import org.namc.membership.TwoFactorEnrollment;
import org.namc.membership.security.Base32;
import org.namc.membership.security.Totp;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Secret;
import org.namc.testing.MutableClock;
import org.namc.testing.PortalFixture;
import org.namc.testing.data.MemberBuilder;

/** Two-factor login stories (RFC 6238 TOTP and recovery codes), run by every adapter bundle. */
public abstract class TwoFactorScenarios {
    protected MembershipApi membership;
    protected MutableClock clock;
    private MemberBuilder member;
    private MemberId id;
    private byte[] secret;
    private RecoveryCodes recoveryCodes;

    protected abstract PortalFixture newPortal(NamcPortalBuilder settings);

    @BeforeEach
    void enrolAMember() {
        PortalFixture fixture = newPortal(NamcPortal.builder());
        membership = fixture.portal().membership();
        clock = fixture.clock();
        member = aMember();
        id = member.registerVerified(membership);
        TwoFactorEnrollment enrollment = membership.beginTwoFactorEnrollment(Actor.member(id), id);
        secret = Base32.decode(enrollment.base32Secret().reveal());
        assertThat(enrollment.otpauthUri().reveal()).startsWith("otpauth://totp/").contains("secret=");
        recoveryCodes = membership.confirmTwoFactor(Actor.member(id), new ConfirmTwoFactor(id, currentCode()));
        // Past the enrolment code's step and the one after it, so "current" and "previous" are both unused.
        clock.advance(Duration.ofSeconds(60));
    }

    private Secret currentCode() {
        return Secret.of(Totp.code(secret, Totp.stepAt(clock.instant())));
    }

    private Secret challenge() {
        LoginResult result = membership.logIn(new LogIn(member.email(), member.password()));
        assertThat(result).isInstanceOf(LoginResult.SecondFactorRequired.class);
        return ((LoginResult.SecondFactorRequired) result).challenge();
    }

    @Test
    void aCorrectPasswordAsksForTheSecondFactorAndTheCodeCompletesTheLogin() {
        LoginResult.Authenticated done = membership.completeLogIn(new CompleteLogIn(challenge(), currentCode()));

        assertThat(done.memberId()).isEqualTo(id);
        assertThat(recoveryCodes.codes()).hasSize(10);
    }

    @Test
    void theCodeOfThePreviousStepIsAcceptedButNotOlderOnes() {
        Secret previous = Secret.of(Totp.code(secret, Totp.stepAt(clock.instant()) - 1));
        Secret older = Secret.of(Totp.code(secret, Totp.stepAt(clock.instant()) - 2));
        Secret challenge = challenge();

        assertThatNamcException(() -> membership.completeLogIn(new CompleteLogIn(challenge, older)))
                .hasCode(ErrorCode.INVALID_SECOND_FACTOR);
        assertThat(membership.completeLogIn(new CompleteLogIn(challenge, previous)).memberId()).isEqualTo(id);
    }

    @Test
    void aUsedCodeIsRefusedEvenWithANewChallenge() {
        Secret code = currentCode();
        membership.completeLogIn(new CompleteLogIn(challenge(), code));

        assertThatNamcException(() -> membership.completeLogIn(new CompleteLogIn(challenge(), code)))
                .hasCode(ErrorCode.INVALID_SECOND_FACTOR);
    }

    @Test
    void exactlyOneOfTwentyConcurrentUsesOfOneCodeSucceeds() throws Exception {
        List<Secret> challenges = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            challenges.add(challenge());
        }
        Secret code = currentCode();
        List<Secret> queue = java.util.Collections.synchronizedList(new ArrayList<>(challenges));

        List<Boolean> results = Concurrently.run(20, () -> {
            try {
                membership.completeLogIn(new CompleteLogIn(queue.remove(0), code));
                return true;
            } catch (NamcException refused) {
                return false;
            }
        });

        assertThat(results).filteredOn(ok -> ok).hasSize(1);
    }

    @Test
    void tenWrongCodesLockTheFactorUntilARecoveryCodeIsUsed() {
        Secret challenge = challenge();
        for (int i = 0; i < 10; i++) {
            assertThatNamcException(() -> membership.completeLogIn(new CompleteLogIn(challenge, Secret.of("000000"))))
                    .hasCode(ErrorCode.INVALID_SECOND_FACTOR);
        }
        assertThatNamcException(() -> membership.completeLogIn(new CompleteLogIn(challenge, currentCode())))
                .hasCode(ErrorCode.SECOND_FACTOR_LOCKED);

        Secret recovery = Secret.of(recoveryCodes.codes().get(0).reveal().toLowerCase().replace("-", ""));
        assertThat(membership.completeLogIn(new CompleteLogIn(challenge, recovery)).memberId()).isEqualTo(id);
        assertThatNamcException(() -> membership.completeLogIn(new CompleteLogIn(challenge(), recovery)))
                .hasCode(ErrorCode.INVALID_SECOND_FACTOR);
        clock.advance(Duration.ofSeconds(30));
        assertThat(membership.completeLogIn(new CompleteLogIn(challenge(), currentCode())).memberId()).isEqualTo(id);
    }

    @Test
    void aChallengeExpiresAfterFiveMinutes() {
        Secret challenge = challenge();
        clock.advance(Duration.ofMinutes(5));

        assertThatNamcException(() -> membership.completeLogIn(new CompleteLogIn(challenge, currentCode())))
                .hasCode(ErrorCode.INVALID_TOKEN);
    }

    @Test
    void disablingNeedsThePasswordAndThenLoginNeedsNoCode() {
        assertThatNamcException(() -> membership.disableTwoFactor(Actor.member(id),
                new DisableTwoFactor(id, Secret.of("not my password"), currentCode())))
                .hasCode(ErrorCode.INVALID_CREDENTIALS);
        assertThatNamcException(() -> membership.disableTwoFactor(Actor.member(id),
                new DisableTwoFactor(id, member.password(), Secret.of("000000"))))
                .hasCode(ErrorCode.INVALID_SECOND_FACTOR);
        clock.advance(Duration.ofSeconds(30));
        membership.disableTwoFactor(Actor.member(id), new DisableTwoFactor(id, member.password(), currentCode()));

        assertThat(membership.logIn(new LogIn(member.email(), member.password())))
                .isInstanceOf(LoginResult.Authenticated.class);
    }

    @Test
    void nobodyElseCanEnrolAMember() {
        MemberId other = aMember().registerVerified(membership);
        assertThatNamcException(() -> membership.beginTwoFactorEnrollment(Actor.member(other), id))
                .hasReason(CommonRefusal.PERMISSION_DENIED);
    }
}
