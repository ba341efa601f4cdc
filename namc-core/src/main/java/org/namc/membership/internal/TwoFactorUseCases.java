package org.namc.membership.internal;

import org.namc.membership.domain.MembershipRefusal;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import org.namc.membership.ConfirmTwoFactor;
import org.namc.membership.DisableTwoFactor;
import org.namc.membership.RecoveryCodes;
import org.namc.membership.TwoFactorEnrollment;
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
                .throwIfAny();
        ctx.unitOfWork().execute(actor, "member.two-factor.disable", MembershipContext.RESOURCE, scope -> {
            scope.resource(command.memberId());
            ctx.require(actor, "manage-security", command.memberId());
            Member member = ctx.load(command.memberId());
            if (!ctx.hasher().matches(command.password(), member.passwordHash())) {
                throw NamcException.of(ErrorCode.INVALID_CREDENTIALS, "the password is wrong");
            }
            if (member.twoFactor().state() == TwoFactor.State.DISABLED) {
                throw NamcException.refused(MembershipRefusal.TWO_FACTOR_NOT_ENABLED, "two-factor authentication is not enabled");
            }
            ctx.members().save(member.withTwoFactor(TwoFactor.disabled(), ctx.now()));
            scope.changed("twoFactorEnabled", member.twoFactor().isEnabled(), false);
            return null;
        });
    }
}
