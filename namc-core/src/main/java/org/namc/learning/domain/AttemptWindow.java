package org.namc.learning.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * When an attempt may be answered. The deadline is the earlier of the assessment's close
 * date and start plus time limit (none when neither is set); the effective deadline adds the
 * grace. Boundaries are inclusive: a submission at exactly the deadline is on time, one at
 * exactly the effective deadline is within grace, one a nanosecond later is overdue.
 */
public record AttemptWindow(Instant startedAt, @Nullable Instant deadline, Duration grace) {

    public enum Phase { OPEN, GRACE, OVERDUE }

    public AttemptWindow {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(grace, "grace");
        if (grace.isNegative()) {
            throw new IllegalArgumentException("grace must not be negative");
        }
    }

    public static AttemptWindow of(Instant startedAt, @Nullable Instant closesAt, @Nullable Duration timeLimit,
                                   Duration grace) {
        Instant byLimit = timeLimit == null ? null : startedAt.plus(timeLimit);
        Instant deadline = byLimit == null ? closesAt
                : closesAt == null ? byLimit
                : byLimit.isBefore(closesAt) ? byLimit : closesAt;
        return new AttemptWindow(startedAt, deadline, grace);
    }

    /** The deadline plus grace; {@code null} when the attempt has no deadline. */
    public @Nullable Instant effectiveDeadline() {
        return deadline == null ? null : deadline.plus(grace);
    }

    public Phase phaseAt(Instant now) {
        if (deadline == null || !now.isAfter(deadline)) {
            return Phase.OPEN;
        }
        return now.isAfter(effectiveDeadline()) ? Phase.OVERDUE : Phase.GRACE;
    }
}
