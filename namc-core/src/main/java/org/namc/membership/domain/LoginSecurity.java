package org.namc.membership.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The seed's login-throttling columns, with the rules that move them. */
public record LoginSecurity(int failedAttempts, @Nullable Instant lockedUntil,
                            @Nullable Instant lastFailedLogin, @Nullable Instant lastSuccessfulLogin) {

    public LoginSecurity {
        if (failedAttempts < 0) {
            throw new IllegalArgumentException("failedAttempts must not be negative");
        }
    }

    public static LoginSecurity fresh() {
        return new LoginSecurity(0, null, null, null);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public LoginSecurity failedAt(Instant now, LockoutPolicy policy) {
        boolean quiet = lastFailedLogin == null || !now.isBefore(lastFailedLogin.plus(policy.quietWindow()));
        boolean restart = quiet && !isLockedAt(now);
        int failures = (restart ? 0 : Math.min(failedAttempts, Integer.MAX_VALUE - 1)) + 1;
        var lock = policy.lockFor(failures);
        Instant until = !lock.isZero() ? now.plus(lock) : restart ? null : lockedUntil;
        return new LoginSecurity(failures, until, now, lastSuccessfulLogin);
    }

    public LoginSecurity succeededAt(Instant now) {
        return new LoginSecurity(0, null, lastFailedLogin, now);
    }

    /** Staff unlock or a completed password reset: the counter starts again. */
    public LoginSecurity unlocked() {
        return new LoginSecurity(0, null, lastFailedLogin, lastSuccessfulLogin);
    }
}
