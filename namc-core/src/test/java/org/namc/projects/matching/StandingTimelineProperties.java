package org.namc.projects.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.namc.membership.domain.Member;
import org.namc.membership.domain.MemberType;
import org.namc.membership.domain.PasswordHash;
import org.namc.membership.domain.Profile;
import org.namc.shared.domain.EmailAddress;

class StandingTimelineProperties {
    private static final Instant START = Instant.parse("2025-06-01T08:00:00Z");

    @Property(tries = 500)
    void theTimelineAgreesWithTheMemberAtEveryInstant(@ForAll @IntRange(min = 0, max = 3) int story,
                                                      @ForAll @LongRange(min = -100, max = 900) long hoursAfterStart,
                                                      @ForAll @LongRange(min = -10, max = 800) long daysLater) {
        Member member = Member.register(MatchFixtures.memberId(1), EmailAddress.of("t@example.org"),
                new PasswordHash("pbkdf2-sha256$1$c2FsdA$aGFzaA"), Profile.named("Tess", "Line"), MemberType.REGULAR,
                null, START);
        if (story >= 1) {
            member = member.verifiedEmail(START.plus(Duration.ofHours(1)), MatchFixtures.POLICY);
        }
        if (story == 2) {
            member = member.withMembership(member.membership().cancelledAt(START.plus(Duration.ofDays(100))), START);
        }
        if (story == 3) {
            member = member.withMembership(member.membership().renewedAt(START.plus(Duration.ofDays(300)),
                    MatchFixtures.POLICY), START);
        }
        Instant at = START.plus(Duration.ofHours(hoursAfterStart)).plus(Duration.ofDays(daysLater));

        assertThat(StandingTimeline.of(member, MatchFixtures.POLICY).statusAt(at))
                .isEqualTo(member.statusAt(at, MatchFixtures.POLICY));
    }

    @Property(tries = 1000)
    void theIndexsNanosecondRuleAgreesWithTheInstantRuleAtEveryBoundary(
            @ForAll @IntRange(min = 0, max = 4) int boundary, @ForAll @LongRange(min = -3, max = 3) long nanosOff,
            @ForAll boolean cancelled, @ForAll boolean started,
            @ForAll @IntRange(min = 0, max = 999_999_999) int nanoOfSecond) {
        Instant expiresAt = START.plus(Duration.ofDays(365)).plusNanos(nanoOfSecond);
        Instant cancelledAt = START.plus(Duration.ofDays(200)).plusNanos(nanoOfSecond / 3);
        StandingTimeline timeline = new StandingTimeline(cancelled ? cancelledAt : null, started ? expiresAt : null,
                MatchFixtures.POLICY.expiringNotice(), MatchFixtures.POLICY.grace());
        Instant edge = switch (boundary) {
            case 0 -> cancelledAt;
            case 1 -> expiresAt.minus(MatchFixtures.POLICY.expiringNotice());
            case 2 -> expiresAt;
            case 3 -> expiresAt.plus(MatchFixtures.POLICY.grace());
            default -> START;
        };
        Instant now = edge.plusNanos(nanosOff);

        assertThat(StandingTimeline.statusAt(StandingTimeline.epochNanos(now), timeline.cancelledNanos(),
                timeline.isPending(), timeline.expiringFromNanos(), timeline.expiresNanos(), timeline.lapsedFromNanos()))
                .isEqualTo(timeline.statusAt(now));
    }

    @Property
    void instantsOutsideTheNanosecondRangeSaturateInOrder(@ForAll @LongRange(min = -400, max = 400) long years) {
        Instant t = Instant.parse("2026-01-01T00:00:00Z").plus(Duration.ofDays(years * 366));
        long nanos = StandingTimeline.epochNanos(t);
        assertThat(StandingTimeline.isExactInNanos(t)).isEqualTo(nanos != Long.MIN_VALUE && nanos != Long.MAX_VALUE);
        if (StandingTimeline.isExactInNanos(t)) {
            assertThat(Instant.ofEpochSecond(0, nanos)).isEqualTo(t);
        } else {
            assertThat(nanos).isEqualTo(years < 0 ? Long.MIN_VALUE : Long.MAX_VALUE);
        }
    }
}
