package org.namc.learning.grading;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A learner's grade in a course.
 *
 * @param percent            the weighted grade; {@code null} when the course has no graded work
 * @param assessmentPercents each assessment's percent after the retry penalty and the policy
 */
public record CourseGrade(@Nullable BigDecimal percent, List<CategoryGrade> categories,
                          Map<UUID, BigDecimal> assessmentPercents) {
    public CourseGrade {
        categories = List.copyOf(categories);
        assessmentPercents = Map.copyOf(assessmentPercents);
    }

    public Optional<BigDecimal> finalPercent() {
        return Optional.ofNullable(percent);
    }
}
