package org.namc.learning;

import jakarta.validation.constraints.NotNull;
import org.namc.learning.domain.CourseDetails;
import org.namc.learning.domain.CourseId;

/** Replaces a course's catalogue details as a whole. */
public record ReviseCourse(@NotNull CourseId courseId, @NotNull CourseDetails details) {
}
