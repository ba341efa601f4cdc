package org.namc.membership.internal;

import org.namc.shared.domain.CommonRefusal;
import org.namc.membership.domain.MembershipRefusal;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import org.namc.membership.ConfirmTwoFactor;
import org.namc.membership.DisableTwoFactor;
import org.namc.membership.RecoveryCodes;
import org.namc.membership.TwoFactorEnrollment;
import org.namc.membership.MemberView;
import org.namc.membership.ResetTwoFactor;
import org.namc.membership.RegenerateRecoveryCodes;
import org.namc.membership.security.PasswordPolicy;
import org.namc.membership.domain.Member;
import org.namc.membership.domain.TwoFactor;
import org.namc.membership.security.Base32;
import org.namc.membership.security.SecureTokens;
import org.namc.membership.security.Totp;
import org.namc.membership.security.TotpSecrets;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Secret;
import org.namc.shared.domain.Violations;

/** TOTP enrolment (RFC 6238) with recovery codes. */
final class TwoFactorUseCases {
    static final int RECOVERY_CODE_COUNT = 10;

    private final MembershipContext ctx;
    private final TotpSecrets totpSecrets;

    TwoFactorUseCases(MembershipContext ctx, TotpSecrets totpSecrets) {
        this.ctx = ctx;
        this.totpSecrets = totpSecrets;
    }

    TwoFactorEnrollment begin(Actor actor, MemberId memberId) {
        RegistrationUseCases.requireMemberId(memberId);
        return ctx.unitOfWork().execute(actor, "member.two-factor.begin", MembershipContext.RESOURCE, scope -> {
            scope.resource(memberId);
            MembershipContext.requireSelf(actor, memberId, "enrol a second factor");
            ctx.require(actor, "manage-security", memberId);
            Member member = ctx.load(memberId);
            if (member.twoFactor().isEnabled()) {
                throw NamcException.refused(MembershipRefusal.TWO_FACTOR_ENABLED, "two-factor authentication is already enabled");
            }
            byte[] secret = totpSecrets.newSecret();
            try {
                var encrypted = ctx.cipher().encrypt(secret, MembershipContext.totpSecretContext(memberId));
                ctx.members().save(member.withTwoFactor(TwoFactor.pending(encrypted), ctx.now()));
                scope.changedSecret("twoFactorSecret");
                return new TwoFactorEnrollment(memberId, Secret.of(Base32.encode(secret)),
                        Secret.of(TotpSecrets.otpauthUri(ctx.totpIssuer(), member.email().value(), secret)));
            } finally {
                Arrays.fill(secret, (byte) 0);
            }
        });
    }

    RecoveryCodes confirm(Actor actor, ConfirmTwoFactor command) {
        Violations.collect().required(command.memberId(), "memberId").required(command.code(), "code").throwIfAny();
        return ctx.unitOfWork().execute(actor, "member.two-factor.confirm", MembershipContext.RESOURCE, scope -> {
            scope.resource(command.memberId());
            MembershipContext.requireSelf(actor, command.memberId(), "enrol a second factor");
            ctx.require(actor, "manage-security", command.memberId());
            Member member = ctx.load(command.memberId());
            TwoFactor factor = member.twoFactor();
            if (factor.state() != TwoFactor.State.PENDING_CONFIRMATION) {
                throw NamcException.refused(MembershipRefusal.TWO_FACTOR_NOT_PENDING, "no two-factor enrolment is waiting for confirmation");
            }
            byte[] key = ctx.cipher().decrypt(factor.secret(), MembershipContext.totpSecretContext(member.id()));
            OptionalLong step = Totp.matchingStep(key, command.code().reveal(), ctx.now());
            Arrays.fill(key, (byte) 0);
            if (step.isEmpty()) {
                throw NamcException.of(ErrorCode.INVALID_SECOND_FACTOR, "the code does not match the new secret");
            }
            List<Secret> codes = ctx.secureTokens().newRecoveryCodes(RECOVERY_CODE_COUNT);
            List<String> hashes = codes.stream().map(SecureTokens::hashRecoveryCode).toList();
            ctx.members().save(member.withTwoFactor(factor.confirmed(step.getAsLong(), hashes), ctx.now()));
            scope.changed("twoFactorEnabled", false, true);
            return new RecoveryCodes(codes);
        });
    }

    void disable(Actor actor, DisableTwoFactor command) {
        Violations.collect().required(command.memberId(), "memberId").required(command.password(), "password")
                .required(command.code(), "code").throwIfAny();
        Member before = ctx.unitOfWork().checked(actor, "member.two-factor.disable", MembershipContext.RESOURCE,
                command.memberId(), () -> {
                    MembershipContext.requireSelf(actor, command.memberId(),
                            "turn off a second factor (staff reset it instead)");
                    ctx.require(actor, "manage-security", command.memberId());
                    return ctx.load(command.memberId());
                });
        boolean passwordMatches = ctx.hasher().matches(PasswordPolicy.normalise(command.password()),
                before.passwordHash());
        ErrorCode refusal = ctx.unitOfWork().execute(actor, "member.two-factor.disable", MembershipContext.RESOURCE,
                scope -> {
                    scope.resource(command.memberId());
                    ctx.require(actor, "manage-security", command.memberId());
                    Member member = ctx.load(command.memberId());
                    if (!member.passwordHash().equals(before.passwordHash())) {
                        throw NamcException.refused(CommonRefusal.CONCURRENT_CHANGE, "the password changed meanwhile; try again");
                    }
                    if (member.loginSecurity().isLockedAt(ctx.now())) {
                        throw NamcException.lockedUntil(CommonRefusal.ACCOUNT_LOCKED,
                                "too many wrong secrets; the account is locked", member.loginSecurity().lockedUntil());
                    }
                    if (!member.twoFactor().isEnabled()) {
                        throw NamcException.refused(MembershipRefusal.TWO_FACTOR_NOT_ENABLED, "two-factor authentication is not enabled");
                    }
                    TwoFactor checked = passwordMatches ? FactorCodes.check(ctx, member, command.code(), ctx.now()) : null;
                    if (checked == null) {
                        Member counted = ctx.countFailure(member, scope);
                        if (passwordMatches) {
                            ctx.members().save(counted.withTwoFactor(member.twoFactor().rejectedCode(), ctx.now()));
                        }
                        ErrorCode code = passwordMatches ? ErrorCode.INVALID_SECOND_FACTOR : ErrorCode.INVALID_CREDENTIALS;
                        scope.refused(code);
                        return code;
                    }
                    ctx.members().save(member.withTwoFactor(TwoFactor.disabled(), ctx.now()));
                    scope.changed("twoFactorEnabled", true, false);
                    ctx.notifySecurity(member.id(), "Two-step sign-in was turned off",
                            "Two-step sign-in was turned off for your account. If this was not you, contact the "
                                    + "association now.");
                    return null;
                });
        if (refusal != null) {
            throw NamcException.of(refusal, refusal == ErrorCode.INVALID_CREDENTIALS ? "the password is wrong"
                    : "the code is wrong");
        }
    }

    /** Staff turn a member's factor off (a lost device), giving a reason; the member is told. */
    MemberView reset(Actor actor, ResetTwoFactor command) {
        Violations.collect().required(command.memberId(), "memberId").notBlank(command.reason(), "reason", 500)
                .throwIfAny();
        ctx.validation().validate(command, Violations.collect());
        return ctx.unitOfWork().execute(actor, "member.two-factor.reset", MembershipContext.RESOURCE, scope -> {
            scope.resource(command.memberId());
            ctx.require(actor, "reset-security", command.memberId());
            if (actor.is(command.memberId())) {
                throw NamcException.refused(MembershipRefusal.OWN_FACTOR_RESET, actor + " may not reset their own factor; turn it off with a code");
            }
            ctx.authorizer().requireOver(actor, command.memberId());
            Member member = ctx.load(command.memberId());
            if (member.twoFactor().state() == TwoFactor.State.DISABLED) {
                throw NamcException.refused(MembershipRefusal.TWO_FACTOR_NOT_ENABLED, "two-factor authentication is not enabled");
            }
            Member reset = ctx.members().save(member.withTwoFactor(TwoFactor.disabled(), ctx.now()));
            scope.changed("twoFactorEnabled", member.twoFactor().isEnabled(), false).changed("reason", null,
                    command.reason().strip());
            ctx.notifySecurity(member.id(), "Two-step sign-in was reset",
                    "Association staff turned off two-step sign-in for your account. Turn it on again after you sign in.");
            return ctx.view(reset);
        });
    }

    /** New recovery codes replace every old one; a current TOTP code proves the device is at hand. */
    RecoveryCodes regenerateRecoveryCodes(Actor actor, RegenerateRecoveryCodes command) {
        Violations.collect().required(command.memberId(), "memberId").required(command.code(), "code").throwIfAny();
        RecoveryCodes issued = ctx.unitOfWork().execute(actor, "member.two-factor.recovery-codes",
                MembershipContext.RESOURCE, scope -> {
                    scope.resource(command.memberId());
                    MembershipContext.requireSelf(actor, command.memberId(), "regenerate recovery codes");
                    ctx.require(actor, "manage-security", command.memberId());
                    Member member = ctx.load(command.memberId());
                    if (!member.twoFactor().isEnabled()) {
                        throw NamcException.refused(MembershipRefusal.TWO_FACTOR_NOT_ENABLED, "two-factor authentication is not enabled");
                    }
                    TwoFactor checked = FactorCodes.checkTotpOnly(ctx, member, command.code(), ctx.now());
                    if (checked == null) {
                        Member counted = ctx.members().save(member.withTwoFactor(member.twoFactor().rejectedCode(),
                                ctx.now()));
                        scope.changed("twoFactorFailedCodes", member.twoFactor().failedCodes(),
                                counted.twoFactor().failedCodes());
                        scope.refused(ErrorCode.INVALID_SECOND_FACTOR);
                        return null;
                    }
                    List<Secret> codes = ctx.secureTokens().newRecoveryCodes(RECOVERY_CODE_COUNT);
                    List<String> hashes = codes.stream().map(SecureTokens::hashRecoveryCode).toList();
                    ctx.members().save(member.withTwoFactor(checked.confirmed(checked.lastUsedStep(), hashes),
                            ctx.now()));
                    scope.changedSecret("recoveryCodes");
                    ctx.notifySecurity(member.id(), "New recovery codes",
                            "New recovery codes were made for your account; the old ones no longer work.");
                    return new RecoveryCodes(codes);
                });
        if (issued == null) {
            throw NamcException.of(ErrorCode.INVALID_SECOND_FACTOR, "the code is wrong");
        }
        return issued;
    }
}
