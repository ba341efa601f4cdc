package org.namc.learning.grading;

import org.namc.shared.domain.ViolationRule;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.namc.shared.domain.Violations;

/**
 * How a course turns attempts into a grade: which attempt counts ({@link GradingPolicy}),
 * the penalty per retry, and the weighted categories assessments belong to.
 */
public record CourseGrading(GradingPolicy policy, RetryPenalty retryPenalty, List<GradingCategory> categories) {
    public static final String DEFAULT_CATEGORY = "Assessments";

    public CourseGrading {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(retryPenalty, "retryPenalty");
        Violations.collect()
                .check(categories != null && !categories.isEmpty(), "categories", ViolationRule.REQUIRED,
                        "at least one category is needed")
                .maxSize(categories, "categories", 20)
                .check(categories == null || distinctNames(categories), "categories", "distinct",
                        "category names must be distinct")
                .throwIfAny();
        categories = List.copyOf(categories);
    }

    /** Best attempt counts, no penalty, one category holding every assessment. */
    public static CourseGrading standard() {
        return new CourseGrading(GradingPolicy.HIGHEST, RetryPenalty.none(),
                List.of(GradingCategory.of(DEFAULT_CATEGORY, "100", 0)));
    }

    public Optional<GradingCategory> category(String name) {
        return categories.stream().filter(c -> c.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    private static boolean distinctNames(List<GradingCategory> categories) {
        Set<String> seen = new HashSet<>();
        return categories.stream().allMatch(c -> seen.add(c.name().toLowerCase(Locale.ROOT)));
    }
}
