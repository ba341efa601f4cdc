package org.namc.billing.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How failed renewal payments are chased: after the n-th failure the next attempt comes
 * {@code retryDelays[n-1]} later; after the failure that finds no delay left, the subscription
 * becomes {@code finalStatus} (UNPAID keeps the invoice open for the member to pay; CANCELED ends
 * the subscription and writes the invoice off).
 */
public record DunningPolicy(List<Duration> retryDelays, SubscriptionStatus finalStatus) {
    public DunningPolicy {
        retryDelays = List.copyOf(retryDelays);
        Objects.requireNonNull(finalStatus, "finalStatus");
        if (retryDelays.stream().anyMatch(d -> d.isNegative() || d.isZero())) {
            throw new IllegalArgumentException("retry delays must be positive");
        }
        if (finalStatus != SubscriptionStatus.UNPAID && finalStatus != SubscriptionStatus.CANCELED) {
            throw new IllegalArgumentException("after the last retry a subscription is UNPAID or CANCELED");
        }
    }

    /** Retries 3, 5 and 7 days apart (four attempts over 15 days), then UNPAID. */
    public static DunningPolicy standard() {
        return new DunningPolicy(List.of(Duration.ofDays(3), Duration.ofDays(5), Duration.ofDays(7)),
                SubscriptionStatus.UNPAID);
    }

    /** When to try again after the {@code failedAttempts}-th failure at {@code failedAt}; null when retries are spent. */
    public @Nullable Instant nextRetry(int failedAttempts, Instant failedAt) {
        return failedAttempts <= retryDelays.size() ? failedAt.plus(retryDelays.get(failedAttempts - 1)) : null;
    }

    public int attempts() {
        return retryDelays.size() + 1;
    }
}
