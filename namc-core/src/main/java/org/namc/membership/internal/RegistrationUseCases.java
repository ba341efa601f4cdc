package org.namc.membership.internal;

import org.namc.membership.domain.MembershipRefusal;
import java.util.List;
import java.util.Optional;
import org.namc.membership.domain.PasswordHash;
import org.namc.membership.security.PasswordPolicy;
import org.namc.shared.domain.Secret;

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
        Secret password = command.password() == null ? null : PasswordPolicy.normalise(command.password());
        if (password != null) {
            violations.addAll(ctx.passwordPolicy().check(password, email));
        }
        ctx.validation().validate(command, violations);
        ctx.unitOfWork().checked(Actor.anonymous(), "member.register", MembershipContext.RESOURCE, null, () -> {
            ctx.requireOnAll(Actor.anonymous(), "register");
            ctx.throttle(command.email());
            return null;
        });
        // Hashed before the unit of work, and for a taken address too: both answers cost the same.
        PasswordHash hash = ctx.hasher().hash(password);

        return ctx.unitOfWork().execute(Actor.anonymous(), "member.register", MembershipContext.RESOURCE, scope -> {
            ctx.requireOnAll(Actor.anonymous(), "register");
            Member owner = ctx.members().findByEmail(email).orElse(null);
            if (owner != null) {
                scope.resource(owner.id()).changed("registrationAttempt", null, "address already registered");
                ctx.notifySecurity(owner.id(), "Someone tried to register with your address",
                        "Someone tried to open a new account with your email address. You already have one: sign "
                                + "in, or reset your password if you forgot it. If this was not you, ignore this message.");
                return Registration.alreadyRegistered();
            }
            MemberId id = new MemberId(ctx.ids().newId());
            scope.resource(id).changed("email", null, email).changed("memberType", null, command.memberType());
            Member member = Member.register(id, email, hash, profile, command.memberType(), command.tier(), ctx.now());
            ctx.members().save(member);
            return new Registration(id, ctx.issueToken(id, TokenPurpose.EMAIL_VERIFICATION));
        });
    }

    Optional<IssuedToken> resendVerification(ResendVerification command) {
        Violations violations = Violations.collect().notBlank(command.email(), "email", 254);
        violations.throwIfAny();
        EmailAddress email = violations.capture("email", () -> EmailAddress.of(command.email()));
        violations.throwIfAny();
        ctx.throttle(command.email());
        return ctx.unitOfWork().execute(Actor.anonymous(), "member.verification.resend", MembershipContext.RESOURCE,
                scope -> ctx.members().findByEmail(email).filter(member -> !member.isEmailVerified()).map(member -> {
                    scope.resource(member.id());
                    return ctx.issueToken(member.id(), TokenPurpose.EMAIL_VERIFICATION);
                }));
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
