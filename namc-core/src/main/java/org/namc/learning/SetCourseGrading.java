package org.namc.learning;

import jakarta.validation.constraints.NotNull;
import org.namc.learning.domain.CourseId;
import org.namc.learning.grading.CourseGrading;

/** Replaces the course's grading policy, retry penalty and categories. */
public record SetCourseGrading(@NotNull CourseId courseId, @NotNull CourseGrading grading) {
}
