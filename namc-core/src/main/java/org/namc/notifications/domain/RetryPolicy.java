package org.namc.notifications.domain;

import org.namc.shared.domain.ViolationRule;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.namc.shared.domain.NamcException;

/**
 * Exponential backoff for failed deliveries: the n-th failed attempt waits
 * {@code initialBackoff * 2^(n-1)}, at most {@code maxBackoff}; after {@code maxAttempts}
 * attempts the delivery is given up.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
    public RetryPolicy {
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (maxAttempts < 1 || initialBackoff.isNegative() || initialBackoff.isZero()
                || maxBackoff.compareTo(initialBackoff) < 0) {
            throw NamcException.invalid("retryPolicy", ViolationRule.RANGE,
                    "needs at least one attempt and 0 < initialBackoff <= maxBackoff");
        }
    }

    /** Five attempts: retries after 1, 2, 4 and 8 minutes. */
    public static RetryPolicy standard() {
        return new RetryPolicy(5, Duration.ofMinutes(1), Duration.ofHours(1));
    }

    /** When to try again after {@code attemptsMade} failed attempts, or empty when they are used up. */
    public Optional<Instant> nextAttempt(int attemptsMade, Instant now) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        Duration wait = initialBackoff;
        for (int i = 1; i < attemptsMade && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return Optional.of(now.plus(wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait));
    }
}
