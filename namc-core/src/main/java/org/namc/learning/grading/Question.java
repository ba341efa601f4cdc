package org.namc.learning.grading;

import org.namc.shared.domain.ViolationRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.Violations;

/**
 * One question of an assessment version: what is asked, what it is worth, its answer key,
 * and an optional explanation shown with the feedback.
 *
 * @param points worth between 0.01 and 1000, in hundredths
 */
public record Question(QuestionId id, String prompt, BigDecimal points, QuestionSpec spec,
                       @Nullable String explanation) {
    public static final BigDecimal MAX_POINTS = new BigDecimal("1000");

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(spec, "spec");
        Violations.collect()
                .notBlank(prompt, "prompt", 5_000)
                .check(points != null && points.signum() > 0 && points.compareTo(MAX_POINTS) <= 0, "points", ViolationRule.RANGE,
                        "must be more than 0 and at most " + MAX_POINTS)
                .check(points == null || points.stripTrailingZeros().scale() <= 2, "points", "scale",
                        "must have at most 2 decimal places")
                .maxLength(explanation, "explanation", 5_000)
                .throwIfAny();
        prompt = prompt.strip();
        points = points.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Question of(QuestionId id, String prompt, String points, QuestionSpec spec) {
        return new Question(id, prompt, new BigDecimal(points), spec, null);
    }
}
