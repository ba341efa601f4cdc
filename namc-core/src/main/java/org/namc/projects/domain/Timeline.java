package org.namc.projects.domain;

import org.namc.shared.domain.ViolationRule;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.Violations;

/**
 * When the work happens and until when applications are taken. The deadline is an exact
 * instant: at the deadline itself applications are no longer accepted.
 */
public record Timeline(@Nullable LocalDate startDate, @Nullable LocalDate endDate, @Nullable Instant deadline,
                       @Nullable Integer estimatedDurationDays) {

    public static final Timeline OPEN = new Timeline(null, null, null, null);

    public Timeline {
        Violations.collect()
                .check(startDate == null || endDate == null || !endDate.isBefore(startDate), "endDate",
                        "after-start", "must not be before startDate")
                .check(estimatedDurationDays == null || estimatedDurationDays >= 1 && estimatedDurationDays <= 36_500,
                        "estimatedDurationDays", ViolationRule.RANGE, "must be between 1 and 36500 days")
                .throwIfAny();
    }

    public static Timeline closingAt(Instant deadline) {
        return new Timeline(null, null, deadline, null);
    }

    /** Whether applications are still taken at {@code now}. */
    public boolean isOpenAt(Instant now) {
        return deadline == null || now.isBefore(deadline);
    }
}
