package org.namc.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.namc.shared.domain.FieldViolation;
import org.namc.shared.domain.NamcException;

class QuietHoursTest {
    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");

    @Test
    void quietHoursThatWrapPastMidnightEndNextMorningInTheMembersZone() {
        QuietHours night = QuietHours.between("22:00", "07:00");

        assertThat(night.contains(Instant.parse("2026-01-16T06:30:00Z"), LA)).as("22:30 local").isTrue();
        assertThat(night.contains(Instant.parse("2026-01-16T14:59:59Z"), LA)).as("06:59:59 local").isTrue();
        assertThat(night.contains(Instant.parse("2026-01-16T15:00:00Z"), LA)).as("07:00 local").isFalse();
        assertThat(night.nextAllowed(Instant.parse("2026-01-16T06:30:00Z"), LA))
                .isEqualTo(Instant.parse("2026-01-16T15:00:00Z"));
        assertThat(night.nextAllowed(Instant.parse("2026-01-16T12:00:00Z"), LA))
                .isEqualTo(Instant.parse("2026-01-16T15:00:00Z"));
        assertThat(night.nextAllowed(Instant.parse("2026-01-16T20:00:00Z"), LA))
                .isEqualTo(Instant.parse("2026-01-16T20:00:00Z"));
    }

    @Test
    void aDaytimeSpanAndTheDaylightSavingChange() {
        QuietHours lunch = QuietHours.between("12:00", "13:00");
        assertThat(lunch.contains(Instant.parse("2026-07-01T19:30:00Z"), LA)).as("12:30 PDT").isTrue();
        assertThat(lunch.contains(Instant.parse("2026-01-01T19:30:00Z"), LA)).as("11:30 PST").isFalse();

        QuietHours night = QuietHours.between("22:00", "07:00");
        assertThat(night.nextAllowed(Instant.parse("2026-03-08T08:00:00Z"), LA))
                .as("the night the clocks go forward ends at 07:00 PDT").isEqualTo(Instant.parse("2026-03-08T14:00:00Z"));
    }

    @Test
    void aSpanMustNotStartAndEndAtTheSameTime() {
        NamcException e = catchThrowableOfType(NamcException.class, () -> QuietHours.between("08:00", "08:00"));
        assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("end", "different"));
    }
}
