package org.namc.persistence.jpa.learning;

import java.math.BigDecimal;
import java.util.List;
import org.namc.learning.grading.CourseGrading;
import org.namc.learning.grading.GradingCategory;
import org.namc.learning.grading.GradingPolicy;
import org.namc.learning.grading.RetryPenalty;

/**
 * {@code courses.grading}: {@code {policy, points_per_retry, categories: [{name, weight, drop_lowest}]}}.
 * Decimals are strings, so they come back with the scale they were written with.
 */
record CourseGradingJson(GradingPolicy policy, String pointsPerRetry, List<Category> categories) {
    record Category(String name, String weight, int dropLowest) {
    }

    static CourseGradingJson of(CourseGrading grading) {
        return new CourseGradingJson(grading.policy(), grading.retryPenalty().pointsPerRetry().toString(),
                grading.categories().stream()
                        .map(c -> new Category(c.name(), c.weight().toString(), c.dropLowest())).toList());
    }

    CourseGrading toDomain() {
        return new CourseGrading(policy, new RetryPenalty(new BigDecimal(pointsPerRetry)), categories.stream()
                .map(c -> new GradingCategory(c.name(), new BigDecimal(c.weight()), c.dropLowest())).toList());
    }
}
