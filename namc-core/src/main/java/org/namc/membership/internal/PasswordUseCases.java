package org.namc.membership.internal;

import org.namc.shared.domain.CommonRefusal;
import java.util.Optional;
import org.namc.membership.ChangePassword;
import org.namc.membership.IssuedToken;
import org.namc.membership.RequestPasswordReset;
import org.namc.membership.ResetPassword;
import org.namc.membership.domain.Member;
import org.namc.membership.domain.PasswordHash;
import org.namc.membership.domain.SecurityToken;
import org.namc.membership.domain.TokenPurpose;
import org.namc.membership.security.PasswordPolicy;
import org.namc.membership.security.SecureTokens;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.EmailAddress;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Secret;
import org.namc.shared.domain.Violations;

/**
 * Password reset by emailed token, and password change by the member. The slow hashing runs
 * before the unit of work, which then checks that what was hashed against is still current.
 */
final class PasswordUseCases {
    private final MembershipContext ctx;

    PasswordUseCases(MembershipContext ctx) {
        this.ctx = ctx;
    }

    Optional<IssuedToken> requestReset(RequestPasswordReset command) {
        Violations violations = Violations.collect().notBlank(command.email(), "email", 254);
        violations.throwIfAny();
        EmailAddress email = violations.capture("email", () -> EmailAddress.of(command.email()));
        violations.throwIfAny();
        ctx.throttle(command.email());
        return ctx.unitOfWork().execute(Actor.anonymous(), "member.password.reset-requested",
                MembershipContext.RESOURCE, scope -> ctx.members().findByEmail(email).map(member -> {
                    scope.resource(member.id());
                    return ctx.issueToken(member.id(), TokenPurpose.PASSWORD_RESET);
                }));
    }

    void reset(ResetPassword command) {
        Violations.collect().required(command.token(), "token").required(command.newPassword(), "newPassword")
                .throwIfAny();
        Secret newPassword = PasswordPolicy.normalise(command.newPassword());
        // Read-only look first: an unknown token costs no hash.
        SecurityToken peeked = ctx.unitOfWork().checked(Actor.anonymous(), "member.password.reset",
                MembershipContext.RESOURCE, null, () -> ctx.tokens()
                        .findByHash(TokenPurpose.PASSWORD_RESET, SecureTokens.hash(command.token()))
                        .filter(t -> t.isUsableAt(ctx.now()))
                        .orElseThrow(() -> NamcException.of(ErrorCode.INVALID_TOKEN,
                                "the password reset token is unknown, used or expired")));
        requireAcceptable(newPassword, ctx.load(peeked.memberId()).email(), "newPassword");
        PasswordHash hash = ctx.hasher().hash(newPassword);
        ctx.unitOfWork().execute(Actor.anonymous(), "member.password.reset", MembershipContext.RESOURCE, scope -> {
            SecurityToken token = ctx.consumeToken(command.token(), TokenPurpose.PASSWORD_RESET);
            Member member = ctx.load(token.memberId());
            scope.resource(member.id());
            ctx.members().save(member.withPasswordHash(hash, ctx.now()).unlocked(ctx.now()));
            scope.changedSecret("passwordHash");
            ctx.notifySecurity(member.id(), "Your password was reset",
                    "The password of your account was reset. If this was not you, contact the association now.");
            return null;
        });
    }

    void change(Actor actor, ChangePassword command) {
        Violations.collect().required(command.memberId(), "memberId")
                .required(command.currentPassword(), "currentPassword")
                .required(command.newPassword(), "newPassword").throwIfAny();
        Member before = ctx.unitOfWork().checked(actor, "member.password.change", MembershipContext.RESOURCE,
                command.memberId(), () -> {
                    ctx.require(actor, "manage-security", command.memberId());
                    return ctx.load(command.memberId());
                });
        Secret newPassword = PasswordPolicy.normalise(command.newPassword());
        requireAcceptable(newPassword, before.email(), "newPassword");
        boolean currentMatches = ctx.hasher().matches(PasswordPolicy.normalise(command.currentPassword()),
                before.passwordHash());
        PasswordHash hash = currentMatches ? ctx.hasher().hash(newPassword) : ctx.timingDummy();
        boolean changed = ctx.unitOfWork().execute(actor, "member.password.change", MembershipContext.RESOURCE, scope -> {
            scope.resource(command.memberId());
            ctx.require(actor, "manage-security", command.memberId());
            Member member = ctx.load(command.memberId());
            if (!member.passwordHash().equals(before.passwordHash())) {
                throw NamcException.refused(CommonRefusal.CONCURRENT_CHANGE, "the password changed meanwhile; try again");
            }
            if (member.loginSecurity().isLockedAt(ctx.now())) {
                throw NamcException.lockedUntil(CommonRefusal.ACCOUNT_LOCKED, "too many wrong passwords; the account is locked",
                        member.loginSecurity().lockedUntil());
            }
            if (!currentMatches) {
                ctx.countFailure(member, scope);
                scope.refused(ErrorCode.INVALID_CREDENTIALS);
                return false;
            }
            ctx.members().save(member.withPasswordHash(hash, ctx.now()));
            scope.changedSecret("passwordHash");
            ctx.notifySecurity(member.id(), "Your password was changed",
                    "The password of your account was changed. If this was not you, reset it and contact the association.");
            return true;
        });
        if (!changed) {
            throw NamcException.of(ErrorCode.INVALID_CREDENTIALS, "the current password is wrong");
        }
    }

    /** The password policy, reported under the command's own field name. */
    private void requireAcceptable(Secret password, EmailAddress email, String field) {
        Violations violations = Violations.collect();
        ctx.passwordPolicy().check(password, email).forEach(v ->
                violations.check(false, field, v.rule(), v.message()));
        violations.throwIfAny();
    }
}
