package org.namc.learning.domain;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.Violations;

/**
 * What an assessment is, apart from its questions and rules.
 *
 * @param category the course grading category it counts in
 * @param required whether passing it is needed to complete the course
 */
public record AssessmentProfile(String title, @Nullable String instructions, AssessmentType type, String category,
                                boolean required) {
    public AssessmentProfile {
        Objects.requireNonNull(type, "type");
        Violations.collect()
                .notBlank(title, "title", 200)
                .maxLength(instructions, "instructions", 10_000)
                .notBlank(category, "category", 100)
                .throwIfAny();
        title = title.strip();
        instructions = instructions == null || instructions.isBlank() ? null : instructions.strip();
        category = category.strip();
    }

    /** A required quiz in the given grading category. */
    public static AssessmentProfile quiz(String title, String category) {
        return new AssessmentProfile(title, null, AssessmentType.QUIZ, category, true);
    }
}
