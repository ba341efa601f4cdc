package org.namc.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");

    @Test
    void waitsTwiceAsLongAfterEachFailureUpToTheCapAndGivesUpAfterTheLastAttempt() {
        RetryPolicy policy = new RetryPolicy(8, Duration.ofMinutes(1), Duration.ofMinutes(10));

        assertThat(policy.nextAttempt(1, NOW)).contains(NOW.plus(Duration.ofMinutes(1)));
        assertThat(policy.nextAttempt(2, NOW)).contains(NOW.plus(Duration.ofMinutes(2)));
        assertThat(policy.nextAttempt(3, NOW)).contains(NOW.plus(Duration.ofMinutes(4)));
        assertThat(policy.nextAttempt(4, NOW)).contains(NOW.plus(Duration.ofMinutes(8)));
        assertThat(policy.nextAttempt(5, NOW)).contains(NOW.plus(Duration.ofMinutes(10)));
        assertThat(policy.nextAttempt(7, NOW)).contains(NOW.plus(Duration.ofMinutes(10)));
        assertThat(policy.nextAttempt(8, NOW)).isEmpty();
        assertThat(RetryPolicy.standard().nextAttempt(5, NOW)).isEmpty();
    }
}
