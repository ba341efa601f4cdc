package org.namc.membership.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.namc.membership.CompleteLogIn;
import org.namc.membership.IssuedToken;
import org.namc.membership.LogIn;
import org.namc.membership.LoginResult;
import org.namc.membership.domain.Member;
import org.namc.membership.domain.PasswordHash;
import org.namc.membership.domain.SecurityToken;
import org.namc.membership.domain.TokenPurpose;
import org.namc.membership.domain.TwoFactor;
import org.namc.membership.security.SecureTokens;
import org.namc.membership.security.Totp;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.EmailAddress;
import org.namc.shared.domain.CommonRefusal;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Secret;
import org.namc.shared.domain.Violations;

/**
 * Password login with throttling, then the second factor. The slow password check runs
 * outside the transaction; the counters are re-read and updated inside it, so concurrent
 * attempts are each counted exactly once without holding a lock while hashing.
 */
final class LoginUseCases {
    /** Enough to win against any realistic burst of concurrent attempts on one account. */
    private static final int CONFLICT_RETRIES = 50;
    private static final Pattern TOTP_CODE = Pattern.compile("\\d{6}");

    private final MembershipContext ctx;
    private volatile @Nullable PasswordHash timingDummy;

    LoginUseCases(MembershipContext ctx) {
        this.ctx = ctx;
    }

    /** The refusals a login attempt can end in, after its counters are committed. */
    private enum Refusal { INVALID_CREDENTIALS, LOCKED }

    private record Attempt(@Nullable LoginResult result, @Nullable Refusal refusal, @Nullable Instant lockedUntil) {
    }

    LoginResult logIn(LogIn command) {
        Violations.collect().notBlank(command.email(), "email", 254).required(command.password(), "password")
                .throwIfAny();
        Optional<Member> found = findByEmail(command.email());
        Instant now = ctx.now();
        boolean passwordMatches = found
                .filter(m -> !m.loginSecurity().isLockedAt(now))
                .map(m -> ctx.hasher().matches(command.password(), m.passwordHash()))
                .orElseGet(() -> {
                    // Unknown emails pay for one hash too, so timing does not tell which accounts exist.
                    ctx.hasher().matches(command.password(), timingDummy());
                    return false;
                });
        Attempt attempt = ctx.unitOfWork().execute(Actor.anonymous(), "member.login", MembershipContext.RESOURCE,
                CONFLICT_RETRIES, scope -> {
                    if (found.isEmpty()) {
                        scope.refused(ErrorCode.INVALID_CREDENTIALS);
                        return new Attempt(null, Refusal.INVALID_CREDENTIALS, null);
                    }
                    Member member = ctx.load(found.get().id());
                    scope.resource(member.id());
                    if (member.loginSecurity().isLockedAt(now)) {
                        scope.refused(ErrorCode.ACCOUNT_LOCKED);
                        return new Attempt(null, Refusal.LOCKED, member.loginSecurity().lockedUntil());
                    }
                    if (!passwordMatches) {
                        Member failed = ctx.members().save(member.failedLogin(now, ctx.lockoutPolicy()));
                        scope.changed("failedLoginAttempts", member.loginSecurity().failedAttempts(),
                                failed.loginSecurity().failedAttempts());
                        scope.changed("lockedUntil", member.loginSecurity().lockedUntil(),
                                failed.loginSecurity().lockedUntil());
                        scope.refused(ErrorCode.INVALID_CREDENTIALS);
                        return new Attempt(null, Refusal.INVALID_CREDENTIALS, null);
                    }
                    if (ctx.hasher().needsRehash(member.passwordHash())) {
                        member = member.withPasswordHash(ctx.hasher().hash(command.password()), now);
                        scope.changedSecret("passwordHash");
                    }
                    if (member.twoFactor().isEnabled()) {
                        ctx.members().save(member);
                        IssuedToken challenge = ctx.issueToken(member.id(), TokenPurpose.LOGIN_CHALLENGE);
                        return new Attempt(new LoginResult.SecondFactorRequired(member.id(), challenge.token(),
                                challenge.expiresAt()), null, null);
                    }
                    ctx.members().save(member.succeededLogin(now));
                    return new Attempt(new LoginResult.Authenticated(member.id(), now), null, null);
                });
        return resultOrThrow(attempt);
    }

    private static LoginResult resultOrThrow(Attempt attempt) {
        if (attempt.refusal() == Refusal.LOCKED) {
            throw NamcException.lockedUntil(CommonRefusal.ACCOUNT_LOCKED, "too many failed logins; the account is locked",
                    attempt.lockedUntil());
        }
        if (attempt.refusal() == Refusal.INVALID_CREDENTIALS) {
            throw NamcException.of(ErrorCode.INVALID_CREDENTIALS, "email or password is wrong");
        }
        return attempt.result();
    }

    LoginResult.Authenticated completeLogIn(CompleteLogIn command) {
        Violations.collect().required(command.challenge(), "challenge").required(command.code(), "code").throwIfAny();
        Instant now = ctx.now();
        LoginResult.Authenticated done = ctx.unitOfWork().execute(Actor.anonymous(), "member.login.second-factor",
                MembershipContext.RESOURCE, CONFLICT_RETRIES, scope -> {
                    SecurityToken challenge = ctx.tokens()
                            .findByHash(TokenPurpose.LOGIN_CHALLENGE, SecureTokens.hash(command.challenge()))
                            .filter(t -> t.isUsableAt(now))
                            .orElseThrow(() -> NamcException.of(ErrorCode.INVALID_TOKEN,
                                    "the login challenge is unknown, used or expired"));
                    Member member = ctx.load(challenge.memberId());
                    scope.resource(member.id());
                    TwoFactor factor = member.twoFactor();
                    TwoFactor after = TOTP_CODE.matcher(command.code().reveal()).matches()
                            ? checkTotp(member, factor, command.code(), now)
                            : checkRecoveryCode(factor, command.code());
                    if (after == null) {
                        Member counted = ctx.members().save(member.withTwoFactor(factor.rejectedCode(), now));
                        scope.changed("twoFactorFailedCodes", factor.failedCodes(),
                                counted.twoFactor().failedCodes());
                        scope.refused(ErrorCode.INVALID_SECOND_FACTOR);
                        return null;
                    }
                    if (after.recoveryCodeHashes().size() < factor.recoveryCodeHashes().size()) {
                        scope.changed("recoveryCodesLeft", factor.recoveryCodeHashes().size(),
                                after.recoveryCodeHashes().size());
                    }
                    ctx.tokens().save(challenge.usedAt(now));
                    ctx.members().save(member.withTwoFactor(after, now).succeededLogin(now));
                    return new LoginResult.Authenticated(member.id(), now);
                });
        if (done == null) {
            throw NamcException.of(ErrorCode.INVALID_SECOND_FACTOR, "the code is wrong");
        }
        return done;
    }

    /** The factor after a correct, unused TOTP code, or null for a wrong one; replays and locks throw. */
    private @Nullable TwoFactor checkTotp(Member member, TwoFactor factor, Secret code, Instant now) {
        if (factor.isLocked()) {
            throw NamcException.of(ErrorCode.SECOND_FACTOR_LOCKED,
                    "too many wrong codes; use a recovery code or ask staff to reset the factor");
        }
        byte[] key = ctx.cipher().decrypt(factor.secret(), MembershipContext.totpSecretContext(member.id()));
        OptionalLong step = Totp.matchingStep(key, code.reveal(), now);
        Arrays.fill(key, (byte) 0);
        if (step.isEmpty()) {
            return null;
        }
        if (step.getAsLong() <= factor.lastUsedStep()) {
            // A right code seen before: refused, but not counted as a guess.
            throw NamcException.of(ErrorCode.INVALID_SECOND_FACTOR, "this code was already used; wait for the next one");
        }
        return factor.acceptedStep(step.getAsLong());
    }

    private static @Nullable TwoFactor checkRecoveryCode(TwoFactor factor, Secret code) {
        String hash = SecureTokens.hashRecoveryCode(code);
        return factor.recoveryCodeHashes().contains(hash) ? factor.usedRecoveryCode(hash) : null;
    }

    private Optional<Member> findByEmail(String raw) {
        try {
            return ctx.members().findByEmail(EmailAddress.of(raw));
        } catch (NamcException malformed) {
            return Optional.empty();
        }
    }

    private PasswordHash timingDummy() {
        PasswordHash dummy = timingDummy;
        if (dummy == null) {
            dummy = ctx.hasher().hash(Secret.of("timing-equaliser-for-unknown-accounts"));
            timingDummy = dummy;
        }
        return dummy;
    }
}
