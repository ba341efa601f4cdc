package org.namc.membership.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.EncryptedSecret;

/**
 * A member's TOTP second factor. The secret is stored encrypted; recovery codes only as
 * hashes. {@code lastUsedStep} refuses the replay of a code; {@code failedCodes} counts
 * consecutive wrong codes towards the factor's lock.
 */
public record TwoFactor(State state, @Nullable EncryptedSecret secret, long lastUsedStep, int failedCodes,
                        List<String> recoveryCodeHashes) {

    public enum State { DISABLED, PENDING_CONFIRMATION, ENABLED }

    /** Wrong codes in a row after which the factor locks. */
    public static final int MAX_FAILED_CODES = 10;

    public TwoFactor {
        Objects.requireNonNull(state, "state");
        if (state != State.DISABLED && secret == null) {
            throw new IllegalArgumentException("an enrolled factor needs its secret");
        }
        recoveryCodeHashes = List.copyOf(recoveryCodeHashes);
    }

    public static TwoFactor disabled() {
        return new TwoFactor(State.DISABLED, null, -1, 0, List.of());
    }

    public static TwoFactor pending(EncryptedSecret secret) {
        return new TwoFactor(State.PENDING_CONFIRMATION, secret, -1, 0, List.of());
    }

    public boolean isEnabled() {
        return state == State.ENABLED;
    }

    public boolean isLocked() {
        return failedCodes >= MAX_FAILED_CODES;
    }

    public TwoFactor confirmed(long step, List<String> recoveryHashes) {
        return new TwoFactor(State.ENABLED, secret, step, 0, recoveryHashes);
    }

    public TwoFactor acceptedStep(long step) {
        return new TwoFactor(state, secret, step, 0, recoveryCodeHashes);
    }

    public TwoFactor rejectedCode() {
        return new TwoFactor(state, secret, lastUsedStep, failedCodes + 1, recoveryCodeHashes);
    }

    /** A recovery code is spent and clears the lock. */
    public TwoFactor usedRecoveryCode(String hash) {
        List<String> left = new ArrayList<>(recoveryCodeHashes);
        left.remove(hash);
        return new TwoFactor(state, secret, lastUsedStep, 0, left);
    }

    /** Staff reset of the wrong-code counter. */
    public TwoFactor unlocked() {
        return new TwoFactor(state, secret, lastUsedStep, 0, recoveryCodeHashes);
    }

    public TwoFactor withSecret(EncryptedSecret reencrypted) {
        return new TwoFactor(state, reencrypted, lastUsedStep, failedCodes, recoveryCodeHashes);
    }
}
