package org.namc.persistence.jpa.shared;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How reads use a read replica (see {@link ReadOnlyQueries}).
 *
 * @param catchUpWait how long a read that must see the caller's own write waits for the replica
 *     to replay it before it runs on the primary instead
 * @param retryAfter how long reads stay on the primary after the replica could not be reached
 * @param clock where the waits are measured
 */
public record ReplicaPolicy(Duration catchUpWait, Duration retryAfter, Clock clock) {
    public static final Duration DEFAULT_CATCH_UP_WAIT = Duration.ofMillis(250);
    public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(10);

    public ReplicaPolicy {
        Objects.requireNonNull(catchUpWait, "catchUpWait");
        Objects.requireNonNull(retryAfter, "retryAfter");
        Objects.requireNonNull(clock, "clock");
        if (catchUpWait.isNegative() || catchUpWait.compareTo(Duration.ofSeconds(30)) > 0) {
            throw new IllegalArgumentException("catchUpWait must be between 0 and 30 s, not " + catchUpWait);
        }
        if (retryAfter.isNegative() || retryAfter.isZero() || retryAfter.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("retryAfter must be more than 0 and at most an hour, not " + retryAfter);
        }
    }

    public static ReplicaPolicy defaults(Clock clock) {
        return new ReplicaPolicy(DEFAULT_CATCH_UP_WAIT, DEFAULT_RETRY_AFTER, clock);
    }
}
