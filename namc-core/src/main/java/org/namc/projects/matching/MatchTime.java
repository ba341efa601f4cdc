package org.namc.projects.matching;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The moment a match is made: the instant (membership standing) and the calendar day in the
 * portal's zone (certificate and insurance validity, which are dated by day).
 */
public record MatchTime(Instant instant, LocalDate today) {
    public MatchTime {
        Objects.requireNonNull(instant, "instant");
        Objects.requireNonNull(today, "today");
    }

    public static MatchTime of(Clock clock) {
        return new MatchTime(clock.instant(), LocalDate.now(clock));
    }
}
