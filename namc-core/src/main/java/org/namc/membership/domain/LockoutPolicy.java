package org.namc.membership.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * When failed logins lock an account and for how long. The lock starts at {@code firstLock}
 * after {@code threshold} consecutive failures and doubles with every further failure, capped
 * at {@code maxLock} (OWASP ASVS 2.2.1: throttling that grows). The count starts again after
 * {@code quietWindow} without a failure, so a trickle of wrong guesses (one a day, say) can
 * never keep the owner out.
 */
public record LockoutPolicy(int threshold, Duration firstLock, Duration maxLock, Duration quietWindow) {
    public LockoutPolicy {
        Objects.requireNonNull(firstLock, "firstLock");
        Objects.requireNonNull(maxLock, "maxLock");
        Objects.requireNonNull(quietWindow, "quietWindow");
        if (threshold < 1 || firstLock.isNegative() || firstLock.isZero() || maxLock.compareTo(firstLock) < 0
                || quietWindow.isNegative() || quietWindow.isZero()) {
            throw new IllegalArgumentException("threshold >= 1, 0 < firstLock <= maxLock and quietWindow > 0");
        }
    }

    /** With the standard quiet window of 15 minutes. */
    public LockoutPolicy(int threshold, Duration firstLock, Duration maxLock) {
        this(threshold, firstLock, maxLock, Duration.ofMinutes(15));
    }

    /** Five failures, then one minute, doubling up to 15 minutes; the count restarts after 15 quiet minutes. */
    public static LockoutPolicy standard() {
        return new LockoutPolicy(5, Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofMinutes(15));
    }

    /** How long the {@code failures}-th consecutive failure locks the account; zero below the threshold. */
    public Duration lockFor(int failures) {
        if (failures < threshold) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - threshold, 30);
        Duration lock = firstLock.multipliedBy(1L << doublings);
        return lock.compareTo(maxLock) > 0 ? maxLock : lock;
    }
}
