package org.namc.membership.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LoginSecurityProperties {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @Provide
    Arbitrary<LockoutPolicy> policies() {
        Arbitrary<LockoutPolicy> custom = Combinators.combine(
                        Arbitraries.integers().between(1, 8),
                        Arbitraries.longs().between(1, 3_600),
                        Arbitraries.longs().between(0, 200_000))
                .as((threshold, firstSeconds, extraSeconds) -> new LockoutPolicy(threshold,
                        Duration.ofSeconds(firstSeconds), Duration.ofSeconds(firstSeconds + extraSeconds)));
        return Arbitraries.oneOf(Arbitraries.just(LockoutPolicy.standard()), custom);
    }

    /** Gaps between consecutive failures, in milliseconds: bursts, minutes apart, days apart. */
    @Provide
    Arbitrary<List<Long>> gaps() {
        Arbitrary<Long> gap = Arbitraries.oneOf(
                Arbitraries.just(0L),
                Arbitraries.longs().between(0, 5_000),
                Arbitraries.longs().between(0, 3_600_000),
                Arbitraries.longs().between(0, 3L * 24 * 3_600_000));
        return gap.list().ofMinSize(1).ofMaxSize(40);
    }

    @Property
    void lockoutNeverUnlocksEarly(@ForAll("policies") LockoutPolicy policy, @ForAll("gaps") List<Long> gaps,
                                  @ForAll("fractions") List<Double> probes) {
        LoginSecurity security = LoginSecurity.fresh();
        Instant now = START;
        Instant previousLock = null;
        for (long gap : gaps) {
            now = now.plusMillis(gap);
            security = security.failedAt(now, policy);

            Instant until = security.lockedUntil();
            if (previousLock != null && now.isBefore(previousLock)) {
                assertThat(until).as("a lock in force is never dropped by further failures").isNotNull();
                assertThat(until).as("the lock never moves earlier").isAfterOrEqualTo(previousLock);
            }
            if (until != null && until.isAfter(now)) {
                long span = Duration.between(now, until).toNanos();
                assertThat(security.isLockedAt(now)).isTrue();
                assertThat(security.isLockedAt(until.minusNanos(1))).isTrue();
                for (double f : probes) {
                    assertThat(security.isLockedAt(now.plusNanos((long) (span * f)))).isTrue();
                }
                assertThat(security.isLockedAt(until)).isFalse();
            }
            previousLock = until;
        }
    }

    @Provide
    Arbitrary<List<Double>> fractions() {
        return Arbitraries.doubles().between(0.0, true, 1.0, false).list().ofSize(5);
    }

    @Property
    void theLockIsTheFailureTimePlusThePolicysLockOnceTheThresholdIsReached(
            @ForAll("policies") LockoutPolicy policy, @ForAll("gaps") List<Long> gaps) {
        LoginSecurity security = LoginSecurity.fresh();
        Instant now = START;
        int failures = 0;
        for (long gap : gaps) {
            Instant previous = now;
            now = now.plusMillis(gap);
            boolean quiet = failures > 0 && !now.isBefore(previous.plus(policy.quietWindow()))
                    && !security.isLockedAt(now);
            security = security.failedAt(now, policy);
            failures = quiet ? 1 : failures + 1;

            assertThat(security.failedAttempts()).isEqualTo(failures);
            assertThat(security.lastFailedLogin()).isEqualTo(now);
            if (failures >= policy.threshold()) {
                assertThat(security.lockedUntil()).isEqualTo(now.plus(policy.lockFor(failures)));
                assertThat(policy.lockFor(failures)).isLessThanOrEqualTo(policy.maxLock());
            } else {
                assertThat(security.lockedUntil()).isNull();
                assertThat(security.isLockedAt(now)).isFalse();
            }
        }
    }

    @Property
    void aSuccessResetsTheCountSoTheNextLockNeedsAFullThresholdAgain(
            @ForAll("policies") LockoutPolicy policy, @ForAll("gaps") List<Long> before) {
        LoginSecurity security = LoginSecurity.fresh();
        Instant now = START;
        for (long gap : before) {
            now = now.plusMillis(gap);
            security = security.failedAt(now, policy);
        }
        Instant success = now.plusSeconds(1);

        security = security.succeededAt(success);

        assertThat(security.failedAttempts()).isZero();
        assertThat(security.lockedUntil()).isNull();
        assertThat(security.lastSuccessfulLogin()).isEqualTo(success);
        Instant t = success;
        for (int i = 1; i < policy.threshold(); i++) {
            t = t.plusMillis(1);
            security = security.failedAt(t, policy);
            assertThat(security.isLockedAt(t)).as("failure %d after the reset", i).isFalse();
        }
        t = t.plusMillis(1);
        assertThat(security.failedAt(t, policy).isLockedAt(t)).isTrue();
    }
}
