package org.namc.membership.internal;

import org.namc.shared.domain.CommonRefusal;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.namc.membership.IssuedToken;
import org.namc.membership.MemberView;
import org.namc.membership.domain.LockoutPolicy;
import org.namc.membership.domain.Member;
import org.namc.membership.domain.RenewalPolicy;
import org.namc.membership.domain.SecurityToken;
import org.namc.membership.domain.TokenPurpose;
import org.namc.membership.security.PasswordPolicy;
import org.namc.membership.security.SecureTokens;
import org.namc.membership.spi.Members;
import org.namc.membership.spi.PasswordHasher;
import org.namc.membership.spi.SecurityTokens;
import org.namc.shared.authorization.Authorizer;
import org.namc.shared.authorization.Permission;
import org.namc.shared.authorization.ResourceRef;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Secret;
import org.namc.shared.domain.SecretContext;
import org.namc.shared.internal.CommandValidation;
import org.namc.shared.internal.UnitOfWork;
import org.namc.shared.spi.IdGenerator;
import org.namc.shared.spi.SecretCipher;
import org.namc.audit.RequestContextSource;
import org.namc.membership.domain.PasswordHash;
import org.namc.shared.internal.AuditScope;
import org.namc.membership.spi.LoginThrottle;
import org.namc.notifications.Notifier;
import org.namc.notifications.NotifyMember;
import org.namc.notifications.domain.NotificationType;
import org.namc.notifications.domain.Priority;

/** What every membership use case needs, and the few steps they all share. */
record MembershipContext(Members members, SecurityTokens tokens, PasswordHasher hasher, SecretCipher cipher,
                         SecureTokens secureTokens, PasswordPolicy passwordPolicy, Clock clock, IdGenerator ids,
                         UnitOfWork unitOfWork, CommandValidation validation, RenewalPolicy renewalPolicy,
                         LockoutPolicy lockoutPolicy, String totpIssuer, Authorizer authorizer,
                         LoginThrottle throttle, RequestContextSource requests, Notifier notifier,
                         TimingDummy timing) {

    static final String RESOURCE = "member";

    /**
     * Spends one attempt of the throttle's budget for {@code email} (normalised as accounts are,
     * known or not) and the request's address.
     *
     * @throws NamcException {@code TOO_MANY_ATTEMPTS} with the instant to retry from
     */
    void throttle(String email) {
        String account = email.strip().toLowerCase(Locale.ROOT);
        throttle.acquire(account, requests.current().ipAddress(), now()).ifPresent(until -> {
            throw NamcException.lockedUntil(CommonRefusal.TOO_MANY_ATTEMPTS, "too many attempts; try again later", until);
        });
    }

    PasswordHash timingDummy() {
        return timing.hash();
    }

    /**
     * Counts a wrong secret (password, code) against the account's lockout as a failed login
     * would; the caller marks the scope refused so the count commits.
     */
    Member countFailure(Member member, AuditScope scope) {
        Member failed = members.save(member.failedLogin(now(), lockoutPolicy));
        scope.changed("failedLoginAttempts", member.loginSecurity().failedAttempts(),
                failed.loginSecurity().failedAttempts());
        scope.changed("lockedUntil", member.loginSecurity().lockedUntil(), failed.loginSecurity().lockedUntil());
        return failed;
    }

    /** A security notice to the member, committed with the change that caused it (critical: never opted out of). */
    void notifySecurity(MemberId member, String title, String message) {
        notifier.enqueue(NotifyMember.of(member, NotificationType.SECURITY, title, message)
                .withPriority(Priority.HIGH));
    }

    /** Refuses anyone but the member themselves (not the system, not staff, not an impersonation). */
    static void requireSelf(Actor actor, MemberId member, String what) {
        if (!actor.is(member) || actor.impersonatedBy() != null) {
            throw NamcException.refused(CommonRefusal.PERMISSION_DENIED, actor + " may not " + what + ": only the member themselves may");
        }
    }

    Instant now() {
        return clock.instant();
    }

    Member load(MemberId id) {
        return members.findById(id).orElseThrow(() -> NamcException.notFound(RESOURCE, id));
    }

    MemberView view(Member member) {
        Instant now = now();
        return MemberView.of(member, member.statusAt(now, renewalPolicy), now);
    }

    /** Checks {@code member:<action>} on the member's account (members own their own account). */
    void require(Actor actor, String action, MemberId target) {
        authorizer.require(actor, Permission.of(RESOURCE, action), ResourceRef.member(target));
    }

    /** Checks {@code member:<action>} on members as a whole (staff listings). */
    void requireOnAll(Actor actor, String action) {
        authorizer.require(actor, Permission.of(RESOURCE, action), ResourceRef.any(RESOURCE));
    }

    /** Issues a new single-use token and retires the member's earlier ones for the same purpose. */
    IssuedToken issueToken(MemberId memberId, TokenPurpose purpose) {
        Instant now = now();
        tokens.revokeAll(memberId, purpose, now);
        Secret token = secureTokens.newToken();
        Instant expiresAt = now.plus(purpose.lifetime());
        tokens.save(new SecurityToken(ids.newId(), memberId, purpose, SecureTokens.hash(token),
                now, expiresAt, null));
        return new IssuedToken(memberId, token, expiresAt);
    }

    /** Spends a token: unknown, used and expired tokens are all just invalid. */
    SecurityToken consumeToken(Secret token, TokenPurpose purpose) {
        Instant now = now();
        SecurityToken stored = tokens.findByHash(purpose, SecureTokens.hash(token))
                .filter(t -> t.isUsableAt(now))
                .orElseThrow(() -> NamcException.of(ErrorCode.INVALID_TOKEN,
                        "the " + purpose.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                                + " token is unknown, used or expired"));
        tokens.save(stored.usedAt(now));
        return stored;
    }

    static SecretContext totpSecretContext(MemberId id) {
        return new SecretContext(RESOURCE, id.toString(), "two_factor_secret");
    }
}
