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
import org.namc.membership.security.PasswordPolicy;
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

    private final MembershipContext ctx;

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
        ctx.unitOfWork().checked(Actor.anonymous(), "member.login", MembershipContext.RESOURCE, null, () -> {
            ctx.throttle(command.email());
            return null;
        });
        Secret password = PasswordPolicy.normalise(command.password());
        Optional<Member> found = findByEmail(command.email());
        Instant now = ctx.now();
        // Every attempt pays for one hash, known account or not, locked or not: timing tells nothing.
        PasswordHash verified = found.map(Member::passwordHash).orElseGet(this::timingDummy);
        boolean passwordMatches = ctx.hasher().matches(password, verified) && found.isPresent();
        Attempt attempt = ctx.unitOfWork().execute(Actor.anonymous(), "member.login", MembershipContext.RESOURCE,
                CONFLICT_RETRIES, scope -> {
                    if (found.isEmpty()) {
                        scope.refused(ErrorCode.INVALID_CREDENTIALS);
                        return new Attempt(null, Refusal.INVALID_CREDENTIALS, null);
                    }
                    Member member = ctx.load(found.get().id());
                    scope.resource(member.id());
                    boolean current = member.passwordHash().equals(verified);
                    if (member.loginSecurity().isLockedAt(now)) {
                        // Only who knows the password learns of the lock: to anyone else a lock looks
                        // like a wrong password, as for an address with no account.
                        scope.refused(ErrorCode.ACCOUNT_LOCKED);
                        return passwordMatches && current
                                ? new Attempt(null, Refusal.LOCKED, member.loginSecurity().lockedUntil())
                                : new Attempt(null, Refusal.INVALID_CREDENTIALS, null);
                    }
                    if (!current) {
                        // The password changed (a reset) while this attempt was hashing: it was
                        // checked against a password that no longer counts.
                        scope.refused(ErrorCode.INVALID_CREDENTIALS);
                        return new Attempt(null, Refusal.INVALID_CREDENTIALS, null);
                    }
                    if (!passwordMatches) {
                        ctx.countFailure(member, scope);
                        scope.refused(ErrorCode.INVALID_CREDENTIALS);
                        return new Attempt(null, Refusal.INVALID_CREDENTIALS, null);
                    }
                    if (ctx.hasher().needsRehash(member.passwordHash())) {
                        member = member.withPasswordHash(ctx.hasher().hash(password), now);
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
                    TwoFactor after = FactorCodes.check(ctx, member, command.code(), now);
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

    private Optional<Member> findByEmail(String raw) {
        try {
            return ctx.members().findByEmail(EmailAddress.of(raw));
        } catch (NamcException malformed) {
            return Optional.empty();
        }
    }

    private PasswordHash timingDummy() {
        return ctx.timingDummy();
    }
}
