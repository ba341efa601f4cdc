package org.namc.membership.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MembershipTest {
    private static final RenewalPolicy POLICY = RenewalPolicy.standard();
    private static final Instant SINCE = Instant.parse("2025-06-01T09:30:00Z");
    private static final Instant EXPIRES = Instant.parse("2026-06-01T09:30:00Z");
    private static final Membership ACTIVE = new Membership(MemberType.REGULAR, "gold", SINCE, EXPIRES, null);
    private static final Duration ONE_NANO = Duration.ofNanos(1);

    @Nested
    class StatusAt {

        @Test
        void wellBeforeTheNoticeWindowTheMembershipIsActive() {
            assertThat(ACTIVE.statusAt(SINCE, true, POLICY)).isEqualTo(MembershipStatus.ACTIVE);
        }

        @Test
        void theLastInstantBeforeTheNoticeWindowIsStillActive() {
            Instant noticeStarts = EXPIRES.minus(Duration.ofDays(30));

            assertThat(ACTIVE.statusAt(noticeStarts.minus(ONE_NANO), true, POLICY)).isEqualTo(MembershipStatus.ACTIVE);
        }

        @Test
        void exactlyWhenTheNoticeWindowStartsTheMembershipIsExpiring() {
            Instant noticeStarts = EXPIRES.minus(Duration.ofDays(30));

            assertThat(ACTIVE.statusAt(noticeStarts, true, POLICY)).isEqualTo(MembershipStatus.EXPIRING);
        }

        @Test
        void theLastInstantBeforeExpiryIsStillExpiring() {
            assertThat(ACTIVE.statusAt(EXPIRES.minus(ONE_NANO), true, POLICY)).isEqualTo(MembershipStatus.EXPIRING);
        }

        @Test
        void exactlyAtExpiryTheMembershipIsInGrace() {
            assertThat(ACTIVE.statusAt(EXPIRES, true, POLICY)).isEqualTo(MembershipStatus.GRACE);
        }

        @Test
        void theLastInstantOfGraceIsStillGrace() {
            Instant graceEnds = EXPIRES.plus(Duration.ofDays(30));

            assertThat(ACTIVE.statusAt(graceEnds.minus(ONE_NANO), true, POLICY)).isEqualTo(MembershipStatus.GRACE);
        }

        @Test
        void exactlyWhenGraceEndsTheMembershipIsLapsed() {
            Instant graceEnds = EXPIRES.plus(Duration.ofDays(30));

            assertThat(ACTIVE.statusAt(graceEnds, true, POLICY)).isEqualTo(MembershipStatus.LAPSED);
            assertThat(ACTIVE.statusAt(graceEnds.plus(Duration.ofDays(400)), true, POLICY))
                    .isEqualTo(MembershipStatus.LAPSED);
        }

        @Test
        void withNoNoticeAndNoGraceTheMembershipGoesStraightFromActiveToLapsed() {
            RenewalPolicy strict = new RenewalPolicy(Period.ofYears(1), Duration.ZERO, Duration.ZERO);

            assertThat(ACTIVE.statusAt(EXPIRES.minus(ONE_NANO), true, strict)).isEqualTo(MembershipStatus.ACTIVE);
            assertThat(ACTIVE.statusAt(EXPIRES, true, strict)).isEqualTo(MembershipStatus.LAPSED);
        }

        @Test
        void anUnverifiedMemberIsPendingWhateverTheDates() {
            assertThat(ACTIVE.statusAt(SINCE, false, POLICY)).isEqualTo(MembershipStatus.PENDING_VERIFICATION);
            assertThat(ACTIVE.statusAt(EXPIRES.plus(Duration.ofDays(365)), false, POLICY))
                    .isEqualTo(MembershipStatus.PENDING_VERIFICATION);
        }

        @Test
        void aMembershipThatNeverStartedIsPending() {
            Membership pending = Membership.pending(MemberType.STUDENT, null);

            assertThat(pending.statusAt(SINCE, true, POLICY)).isEqualTo(MembershipStatus.PENDING_VERIFICATION);
        }

        @Test
        void fromTheInstantOfCancellationTheMembershipIsCancelled() {
            Instant cancelAt = Instant.parse("2025-12-24T18:00:00Z");
            Membership cancelled = ACTIVE.cancelledAt(cancelAt);

            assertThat(cancelled.statusAt(cancelAt.minus(ONE_NANO), true, POLICY)).isEqualTo(MembershipStatus.ACTIVE);
            assertThat(cancelled.statusAt(cancelAt, true, POLICY)).isEqualTo(MembershipStatus.CANCELLED);
            assertThat(cancelled.statusAt(EXPIRES.plus(Duration.ofDays(90)), true, POLICY))
                    .isEqualTo(MembershipStatus.CANCELLED);
        }

        @Test
        void cancellationWinsOverMissingVerification() {
            Membership cancelled = Membership.pending(MemberType.REGULAR, null).cancelledAt(SINCE);

            assertThat(cancelled.statusAt(SINCE, false, POLICY)).isEqualTo(MembershipStatus.CANCELLED);
        }

        @Test
        void onlyActiveExpiringAndGraceAreInGoodStanding() {
            assertThat(MembershipStatus.values()).filteredOn(MembershipStatus::isInGoodStanding)
                    .containsExactlyInAnyOrder(MembershipStatus.ACTIVE, MembershipStatus.EXPIRING, MembershipStatus.GRACE);
        }
    }

    @Nested
    class Terms {

        @Test
        void activationStartsTheFirstTermNow() {
            Instant verifiedAt = Instant.parse("2026-04-15T08:05:00Z");

            Membership active = Membership.pending(MemberType.ASSOCIATE, "silver").activatedAt(verifiedAt, POLICY);

            assertThat(active.memberSince()).isEqualTo(verifiedAt);
            assertThat(active.expiresAt()).isEqualTo(Instant.parse("2027-04-15T08:05:00Z"));
            assertThat(active.type()).isEqualTo(MemberType.ASSOCIATE);
            assertThat(active.tier()).isEqualTo("silver");
            assertThat(active.statusAt(verifiedAt, true, POLICY)).isEqualTo(MembershipStatus.ACTIVE);
        }

        @Test
        void aTermStartingOnFebruary29thEndsOnFebruary28th() {
            Instant leapDay = Instant.parse("2028-02-29T10:00:00Z");

            Membership active = Membership.pending(MemberType.REGULAR, null).activatedAt(leapDay, POLICY);

            assertThat(active.expiresAt()).isEqualTo(Instant.parse("2029-02-28T10:00:00Z"));
        }

        @Test
        void aTermStartingOnDecember31stEndsOnDecember31stNextYear() {
            Instant newYearsEve = Instant.parse("2026-12-31T23:59:59Z");

            Membership active = Membership.pending(MemberType.REGULAR, null).activatedAt(newYearsEve, POLICY);

            assertThat(active.expiresAt()).isEqualTo(Instant.parse("2027-12-31T23:59:59Z"));
        }

        @ParameterizedTest(name = "renewing at {0} with expiry {1} gives {2}")
        @CsvSource({
            // early: counted from the current expiry, time of day of the expiry kept
            "2026-05-10T17:45:30Z, 2026-06-01T09:30:00Z, 2027-06-01T09:30:00Z",
            // exactly at expiry
            "2026-06-01T09:30:00Z, 2026-06-01T09:30:00Z, 2027-06-01T09:30:00Z",
            // late, in grace: counted from now, never back-dated
            "2026-06-20T17:45:30.123Z, 2026-06-01T09:30:00Z, 2027-06-20T17:45:30.123Z",
            // long lapsed
            "2028-02-29T06:00:00Z, 2026-06-01T09:30:00Z, 2029-02-28T06:00:00Z",
            // early renewal of a leap-day expiry
            "2028-01-01T00:00:00Z, 2028-02-29T12:00:00Z, 2029-02-28T12:00:00Z"
        })
        void renewalAddsOneTermFromTheLaterOfNowAndTheExpiry(Instant now, Instant expiry, Instant expected) {
            Membership membership = new Membership(MemberType.REGULAR, null, SINCE, expiry, null);

            Membership renewed = membership.renewedAt(now, POLICY);

            assertThat(renewed.expiresAt()).isEqualTo(expected);
            assertThat(renewed.memberSince()).isEqualTo(SINCE);
        }

        @Test
        void renewingEarlyLosesNothing() {
            Instant now = EXPIRES.minus(Duration.ofDays(10));

            Membership renewed = ACTIVE.renewedAt(now, POLICY);

            assertThat(Duration.between(now, renewed.expiresAt())).isGreaterThan(Duration.ofDays(365));
            assertThat(renewed.statusAt(now, true, POLICY)).isEqualTo(MembershipStatus.ACTIVE);
        }

        @Test
        void renewingALapsedMembershipMakesItActiveAgain() {
            Instant now = EXPIRES.plus(Duration.ofDays(100));
            assertThat(ACTIVE.statusAt(now, true, POLICY)).isEqualTo(MembershipStatus.LAPSED);

            Membership renewed = ACTIVE.renewedAt(now, POLICY);

            assertThat(renewed.statusAt(now, true, POLICY)).isEqualTo(MembershipStatus.ACTIVE);
        }

        @Test
        void aFirstRenewalWithoutAStartDateStartsMembershipNow() {
            Instant now = Instant.parse("2026-03-03T03:03:03Z");

            Membership renewed = Membership.pending(MemberType.CORPORATE, null).renewedAt(now, POLICY);

            assertThat(renewed.memberSince()).isEqualTo(now);
            assertThat(renewed.expiresAt()).isEqualTo(Instant.parse("2027-03-03T03:03:03Z"));
        }

        @Test
        void aMonthlyTermFromJanuary31stEndsAtTheEndOfFebruary() {
            RenewalPolicy monthly = new RenewalPolicy(Period.ofMonths(1), Duration.ofDays(3), Duration.ofDays(3));

            Membership active = Membership.pending(MemberType.REGULAR, null)
                    .activatedAt(Instant.parse("2026-01-31T12:00:00Z"), monthly);

            assertThat(active.expiresAt()).isEqualTo(Instant.parse("2026-02-28T12:00:00Z"));
        }

        @Test
        void changingTierKeepsTheDates() {
            Membership upgraded = ACTIVE.withTier(MemberType.CORPORATE, "platinum");

            assertThat(upgraded).isEqualTo(new Membership(MemberType.CORPORATE, "platinum", SINCE, EXPIRES, null));
        }
    }

    @Test
    void nonsensicalRenewalPoliciesAreRefused() {
        assertThatThrownBy(() -> new RenewalPolicy(Period.ZERO, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RenewalPolicy(Period.ofYears(-1), Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RenewalPolicy(Period.ofYears(1), Duration.ofDays(-1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RenewalPolicy(Period.ofYears(1), Duration.ZERO, Duration.ofDays(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
