package org.namc.learning.grading;

import org.namc.shared.domain.ViolationRule;
import java.math.BigDecimal;
import org.namc.shared.domain.Violations;

/** One counted attempt at an assessment: its number (from 1) and its percent. */
public record ScoredAttempt(int number, BigDecimal percent) {
    public ScoredAttempt {
        Violations.collect()
                .check(number >= 1, "number", ViolationRule.RANGE, "attempts are numbered from 1")
                .check(percent != null && percent.signum() >= 0 && percent.compareTo(new BigDecimal("100")) <= 0,
                        "percent", ViolationRule.RANGE, "must be between 0 and 100")
                .throwIfAny();
    }
}
