package org.namc.membership.internal;

import java.util.Optional;
import org.namc.membership.ChangePassword;
import org.namc.membership.IssuedToken;
import org.namc.membership.RequestPasswordReset;
import org.namc.membership.ResetPassword;
import org.namc.membership.domain.Member;
import org.namc.membership.domain.SecurityToken;
import org.namc.membership.domain.TokenPurpose;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.EmailAddress;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Secret;
import org.namc.shared.domain.Violations;

/** Password reset by emailed token, and password change by the member. */
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
        return ctx.unitOfWork().execute(Actor.anonymous(), "member.password.reset-requested",
                MembershipContext.RESOURCE, scope -> ctx.members().findByEmail(email).map(member -> {
                    scope.resource(member.id());
                    return ctx.issueToken(member.id(), TokenPurpose.PASSWORD_RESET);
                }));
    }

    void reset(ResetPassword command) {
        Violations.collect().required(command.token(), "token").required(command.newPassword(), "newPassword")
                .throwIfAny();
        ctx.unitOfWork().execute(Actor.anonymous(), "member.password.reset", MembershipContext.RESOURCE, scope -> {
            SecurityToken token = ctx.consumeToken(command.token(), TokenPurpose.PASSWORD_RESET);
            Member member = ctx.load(token.memberId());
            scope.resource(member.id());
            requireAcceptable(command.newPassword(), member.email(), "newPassword");
            ctx.members().save(member.withPasswordHash(ctx.hasher().hash(command.newPassword()), ctx.now())
                    .unlocked(ctx.now()));
            scope.changedSecret("passwordHash");
            return null;
        });
    }

    void change(Actor actor, ChangePassword command) {
        Violations.collect().required(command.memberId(), "memberId")
                .required(command.currentPassword(), "currentPassword")
                .required(command.newPassword(), "newPassword").throwIfAny();
        ctx.unitOfWork().execute(actor, "member.password.change", MembershipContext.RESOURCE, scope -> {
            scope.resource(command.memberId());
            ctx.require(actor, "manage-security", command.memberId());
            Member member = ctx.load(command.memberId());
            requireAcceptable(command.newPassword(), member.email(), "newPassword");
            if (!ctx.hasher().matches(command.currentPassword(), member.passwordHash())) {
                throw NamcException.of(ErrorCode.INVALID_CREDENTIALS, "the current password is wrong");
            }
            ctx.members().save(member.withPasswordHash(ctx.hasher().hash(command.newPassword()), ctx.now()));
            scope.changedSecret("passwordHash");
            return null;
        });
    }

    /** The password policy, reported under the command's own field name. */
    private void requireAcceptable(Secret password, EmailAddress email, String field) {
        Violations violations = Violations.collect();
        ctx.passwordPolicy().check(password, email).forEach(v ->
                violations.check(false, field, v.rule(), v.message()));
        violations.throwIfAny();
    }
}
