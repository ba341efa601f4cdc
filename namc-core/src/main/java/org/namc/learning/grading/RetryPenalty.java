package org.namc.learning.grading;

import org.namc.shared.domain.ViolationRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.namc.shared.domain.Violations;

/**
 * Percentage points taken off each retry before the grading policy picks: attempt {@code n}
 * counts {@code max(0, percent − (n − 1) × pointsPerRetry)}. A first attempt is never
 * penalised; {@link #none()} penalises nothing.
 */
public record RetryPenalty(BigDecimal pointsPerRetry) {
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public RetryPenalty {
        Violations.collect()
                .check(pointsPerRetry != null && pointsPerRetry.signum() >= 0 && pointsPerRetry.compareTo(HUNDRED) <= 0,
                        "pointsPerRetry", ViolationRule.RANGE, "must be between 0 and 100")
                .check(pointsPerRetry == null || pointsPerRetry.stripTrailingZeros().scale() <= 2, "pointsPerRetry",
                        "scale", "must have at most 2 decimal places")
                .throwIfAny();
        pointsPerRetry = pointsPerRetry.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static RetryPenalty none() {
        return new RetryPenalty(BigDecimal.ZERO);
    }

    public static RetryPenalty of(String pointsPerRetry) {
        return new RetryPenalty(new BigDecimal(pointsPerRetry));
    }

    public BigDecimal apply(BigDecimal percent, int attemptNumber) {
        if (attemptNumber < 1) {
            throw new IllegalArgumentException("attempts are numbered from 1");
        }
        BigDecimal penalised = percent.subtract(pointsPerRetry.multiply(BigDecimal.valueOf(attemptNumber - 1L)));
        return penalised.max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
    }
}
