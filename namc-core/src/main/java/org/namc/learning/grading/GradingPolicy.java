package org.namc.learning.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Which of a learner's counted attempts makes their grade on an assessment. */
public enum GradingPolicy {
    HIGHEST,
    LATEST,
    FIRST,
    /** The mean, rounded half up to hundredths. */
    AVERAGE;

    /** @param percents the attempts' percents in attempt order; at least one */
    public BigDecimal pick(List<BigDecimal> percents) {
        if (percents.isEmpty()) {
            throw new IllegalArgumentException("there is no attempt to pick from");
        }
        return switch (this) {
            case HIGHEST -> percents.stream().reduce(BigDecimal::max).orElseThrow();
            case LATEST -> percents.get(percents.size() - 1);
            case FIRST -> percents.get(0);
            case AVERAGE -> percents.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(percents.size()), 2, RoundingMode.HALF_UP);
        };
    }
}
