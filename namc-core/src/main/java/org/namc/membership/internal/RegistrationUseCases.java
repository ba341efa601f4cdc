package org.namc.membership.internal;

import org.namc.membership.domain.MembershipRefusal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.namc.membership.IssuedToken;
import org.namc.membership.MemberView;
import org.namc.membership.RegisterMember;
import org.namc.membership.Registration;
import org.namc.membership.ResendVerification;
import org.namc.membership.VerifyEmail;
import org.namc.membership.domain.Member;
import org.namc.membership.domain.MembershipStatus;
import org.namc.membership.domain.Profile;
import org.namc.membership.domain.SecurityToken;
import org.namc.membership.domain.TokenPurpose;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.EmailAddress;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.PhoneNumber;
import org.namc.shared.domain.Violations;

/** Registration, email verification and the start of the first membership term. */
final class RegistrationUseCases {
    private final MembershipContext ctx;

    RegistrationUseCases(MembershipContext ctx) {
        this.ctx = ctx;
    }

    Registration register(RegisterMember command) {
        Violations violations = Violations.collect();
        EmailAddress email = command.email() == null ? null
                : violations.capture("email", () -> EmailAddress.of(command.email()));
        violations.required(command.email(), "email").required(command.password(), "password")
                .required(command.memberType(), "memberType").maxLength(command.tier(), "tier", 50)
                .required(command.skills(), "skills").required(command.certifications(), "certifications");
        PhoneNumber phone = command.phone() == null || command.phone().isBlank() ? null
                : violations.capture("phone", () -> PhoneNumber.parse(command.phone()));
        Profile profile = command.skills() == null || command.certifications() == null ? null
                : violations.capture("", () -> new Profile(command.firstName(), command.lastName(), command.company(),
                        command.title(), phone, command.address(), command.location(), null, null, null, null, null,
                        command.skills(), command.certifications(), List.of("English")));
        if (command.password() != null) {
            violations.addAll(ctx.passwordPolicy().check(command.password(), email));
        }
        ctx.validation().validate(command, violations);

        return ctx.unitOfWork().execute(Actor.anonymous(), "member.register", MembershipContext.RESOURCE, scope -> {
            ctx.requireOnAll(Actor.anonymous(), "register");
            if (ctx.members().findByEmail(email).isPresent()) {
                throw NamcException.refused(MembershipRefusal.EMAIL_TAKEN, "an account with this email already exists");
            }
            MemberId id = new MemberId(ctx.ids().newId());
            scope.resource(id).changed("email", null, email).changed("memberType", null, command.memberType());
            Member member = Member.register(id, email, ctx.hasher().hash(command.password()), profile,
                    command.memberType(), command.tier(), ctx.now());
            ctx.members().save(member);
            return new Registration(id, ctx.issueToken(id, TokenPurpose.EMAIL_VERIFICATION));
        });
    }

    IssuedToken resendVerification(ResendVerification command) {
        requireMemberId(command.memberId());
        return ctx.unitOfWork().execute(Actor.anonymous(), "member.verification.resend", MembershipContext.RESOURCE,
                scope -> {
                    Member member = ctx.load(command.memberId());
                    scope.resource(member.id());
                    if (member.isEmailVerified()) {
                        throw NamcException.refused(MembershipRefusal.EMAIL_ALREADY_VERIFIED, "the email address is already verified");
                    }
                    return ctx.issueToken(member.id(), TokenPurpose.EMAIL_VERIFICATION);
                });
    }

    MemberView verifyEmail(VerifyEmail command) {
        Violations.collect().required(command.token(), "token").throwIfAny();
        return ctx.unitOfWork().execute(Actor.anonymous(), "member.verify-email", MembershipContext.RESOURCE, scope -> {
            SecurityToken token = ctx.consumeToken(command.token(), TokenPurpose.EMAIL_VERIFICATION);
            Member member = ctx.load(token.memberId());
            scope.resource(member.id());
            if (member.isEmailVerified()) {
                throw NamcException.refused(MembershipRefusal.EMAIL_ALREADY_VERIFIED, "the email address is already verified");
            }
            Member verified = ctx.members().save(member.verifiedEmail(ctx.now(), ctx.renewalPolicy()));
            scope.afterCommit(() -> ctx.authorizer().subjectChanged(member.id()));
            scope.changed("status", MembershipStatus.PENDING_VERIFICATION, verified.statusAt(ctx.now(), ctx.renewalPolicy()))
                    .changed("membershipExpiresAt", null, verified.membership().expiresAt());
            return ctx.view(verified);
        });
    }

    static void requireMemberId(@Nullable MemberId id) {
        Violations.collect().required(id, "memberId").throwIfAny();
    }
}
