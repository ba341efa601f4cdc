package org.namc.membership.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LockoutPolicyTest {
    private static final LockoutPolicy STANDARD = LockoutPolicy.standard();
    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

    @ParameterizedTest(name = "{0} failures do not lock")
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void failuresBelowTheThresholdDoNotLock(int failures) {
        assertThat(STANDARD.lockFor(failures)).isZero();
    }

    @Test
    void theFifthFailureLocksForOneMinute() {
        assertThat(STANDARD.lockFor(5)).isEqualTo(Duration.ofMinutes(1));
    }

    @ParameterizedTest(name = "failure {0} locks for {1} minutes")
    @CsvSource({"6, 2", "7, 4", "8, 8"})
    void everyFurtherFailureDoublesTheLock(int failures, long minutes) {
        assertThat(STANDARD.lockFor(failures)).isEqualTo(Duration.ofMinutes(minutes));
    }

    @ParameterizedTest(name = "failure {0} locks for 15 minutes at most")
    @ValueSource(ints = {9, 10, 16, 17, 35, 36, 100, Integer.MAX_VALUE})
    void theLockIsCappedAtTheMaximum(int failures) {
        assertThat(STANDARD.lockFor(failures)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void oneWrongGuessADayNeverLocksTheOwnerOut() {
        LoginSecurity security = LoginSecurity.fresh();
        Instant now = T0;
        for (int day = 0; day < 60; day++) {
            security = security.failedAt(now, STANDARD);
            assertThat(security.isLockedAt(now)).isFalse();
            assertThat(security.failedAttempts()).isEqualTo(1);
            now = now.plus(Duration.ofDays(1));
        }
    }

    @Test
    void theCountRestartsAfterTheQuietWindowButNotWithinIt() {
        LoginSecurity security = LoginSecurity.fresh();
        for (int i = 0; i < 4; i++) {
            security = security.failedAt(T0.plusSeconds(i), STANDARD);
        }
        LoginSecurity soon = security.failedAt(T0.plus(Duration.ofMinutes(14)), STANDARD);
        LoginSecurity later = security.failedAt(T0.plus(Duration.ofMinutes(16)), STANDARD);

        assertThat(soon.failedAttempts()).isEqualTo(5);
        assertThat(soon.isLockedAt(T0.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(later.failedAttempts()).isEqualTo(1);
    }

    @Test
    void aCustomPolicyStartsAtItsOwnThresholdAndFirstLock() {
        LockoutPolicy policy = new LockoutPolicy(3, Duration.ofSeconds(30), Duration.ofMinutes(5));

        assertThat(policy.lockFor(2)).isZero();
        assertThat(policy.lockFor(3)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.lockFor(4)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.lockFor(7)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void theLockNeverShrinksAsFailuresGrow() {
        Duration previous = Duration.ZERO;
        for (int failures = 0; failures <= 100; failures++) {
            Duration lock = STANDARD.lockFor(failures);
            assertThat(lock).as("failure %d", failures).isGreaterThanOrEqualTo(previous);
            previous = lock;
        }
    }

    @Test
    void nonsensicalPoliciesAreRefused() {
        assertThatThrownBy(() -> new LockoutPolicy(0, Duration.ofMinutes(1), Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LockoutPolicy(5, Duration.ZERO, Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LockoutPolicy(5, Duration.ofMinutes(-1), Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LockoutPolicy(5, Duration.ofMinutes(2), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fiveFailuresInARowLockTheAccountForOneMinuteFromTheFifth() {
        LoginSecurity security = LoginSecurity.fresh();
        for (int i = 0; i < 4; i++) {
            security = security.failedAt(T0.plusSeconds(i), STANDARD);
            assertThat(security.isLockedAt(T0.plusSeconds(i))).isFalse();
            assertThat(security.lockedUntil()).isNull();
        }
        Instant fifth = T0.plusSeconds(10);

        security = security.failedAt(fifth, STANDARD);

        assertThat(security.failedAttempts()).isEqualTo(5);
        assertThat(security.lastFailedLogin()).isEqualTo(fifth);
        assertThat(security.lockedUntil()).isEqualTo(fifth.plus(Duration.ofMinutes(1)));
        assertThat(security.isLockedAt(fifth)).isTrue();
        assertThat(security.isLockedAt(fifth.plusSeconds(59))).isTrue();
        assertThat(security.isLockedAt(fifth.plusSeconds(60))).isFalse();
    }

    @Test
    void aSuccessfulLoginResetsTheCounterAndTheLock() {
        LoginSecurity security = LoginSecurity.fresh();
        for (int i = 0; i < 6; i++) {
            security = security.failedAt(T0, STANDARD);
        }
        Instant later = T0.plus(Duration.ofHours(1));

        LoginSecurity reset = security.succeededAt(later);

        assertThat(reset.failedAttempts()).isZero();
        assertThat(reset.lockedUntil()).isNull();
        assertThat(reset.isLockedAt(T0)).isFalse();
        assertThat(reset.lastSuccessfulLogin()).isEqualTo(later);
        assertThat(reset.lastFailedLogin()).isEqualTo(T0);
        assertThat(reset.failedAt(later, STANDARD).isLockedAt(later)).isFalse();
    }

    @Test
    void unlockingResetsTheCounterButKeepsTheHistory() {
        LoginSecurity security = new LoginSecurity(9, T0.plusSeconds(600), T0, T0.minusSeconds(60));

        LoginSecurity unlocked = security.unlocked();

        assertThat(unlocked).isEqualTo(new LoginSecurity(0, null, T0, T0.minusSeconds(60)));
    }

    @Test
    void aNegativeCounterIsRefused() {
        assertThatThrownBy(() -> new LoginSecurity(-1, null, null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
