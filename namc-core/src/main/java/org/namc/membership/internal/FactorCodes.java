package org.namc.membership.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.namc.membership.domain.Member;
import org.namc.membership.domain.TwoFactor;
import org.namc.membership.security.SecureTokens;
import org.namc.membership.security.Totp;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Secret;

/** Checks a second-factor code: six digits are a TOTP code, anything else a recovery code. */
final class FactorCodes {
    private static final Pattern TOTP_CODE = Pattern.compile("\\d{6}");

    private FactorCodes() {
    }

    /** The factor after a right code (the step or recovery code spent), or null for a wrong one. */
    static @Nullable TwoFactor check(MembershipContext ctx, Member member, Secret code, Instant now) {
        TwoFactor factor = member.twoFactor();
        return TOTP_CODE.matcher(code.reveal()).matches()
                ? checkTotp(ctx, member, factor, code, now)
                : checkRecoveryCode(factor, code);
    }

    /** As {@link #check}, accepting TOTP codes only. */
    static @Nullable TwoFactor checkTotpOnly(MembershipContext ctx, Member member, Secret code, Instant now) {
        return TOTP_CODE.matcher(code.reveal()).matches()
                ? checkTotp(ctx, member, member.twoFactor(), code, now) : null;
    }

    /** The factor after a correct, unused TOTP code, or null for a wrong one; replays and locks throw. */
    private static @Nullable TwoFactor checkTotp(MembershipContext ctx, Member member, TwoFactor factor, Secret code,
                                                 Instant now) {
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
}
