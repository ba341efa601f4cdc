package org.namc.membership.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * When failed logins lock an account and for how long. The lock starts at
 * {@code firstLock} after {@code threshold} consecutive failures and doubles with every
 * further failure, capped at {@code maxLock} (OWASP ASVS 2.2.1: throttling that grows).
 */
public record LockoutPolicy(int threshold, Duration firstLock, Duration maxLock) {
    public LockoutPolicy {
        Objects.requireNonNull(firstLock, "firstLock");
        Objects.requireNonNull(maxLock, "maxLock");
        if (threshold < 1 || firstLock.isNegative() || firstLock.isZero() || maxLock.compareTo(firstLock) < 0) {
            throw new IllegalArgumentException("threshold >= 1 and 0 < firstLock <= maxLock");
        }
    }

    /** Five failures, then one minute, doubling up to one day. */
    public static LockoutPolicy standard() {
        return new LockoutPolicy(5, Duration.ofMinutes(1), Duration.ofDays(1));
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
