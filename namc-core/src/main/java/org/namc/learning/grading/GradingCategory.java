package org.namc.learning.grading;

import org.namc.shared.domain.ViolationRule;
import java.math.BigDecimal;
import org.namc.shared.domain.Violations;

/**
 * A weighted group of assessments in the course grade, as in Open edX grading policies:
 * {@code Quizzes, weight 30, drop the lowest 1}. Weights are relative; the course grade
 * divides by the sum of the weights of the categories that have assessments.
 */
public record GradingCategory(String name, BigDecimal weight, int dropLowest) {
    public GradingCategory {
        Violations.collect()
                .notBlank(name, "name", 100)
                .check(weight != null && weight.signum() > 0 && weight.compareTo(new BigDecimal("1000")) <= 0,
                        "weight", ViolationRule.RANGE, "must be more than 0 and at most 1000")
                .check(dropLowest >= 0 && dropLowest <= 50, "dropLowest", ViolationRule.RANGE, "must be between 0 and 50")
                .throwIfAny();
        name = name.strip();
    }

    public static GradingCategory of(String name, String weight, int dropLowest) {
        return new GradingCategory(name, new BigDecimal(weight), dropLowest);
    }
}
