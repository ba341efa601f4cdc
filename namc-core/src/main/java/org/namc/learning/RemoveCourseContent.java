package org.namc.learning;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.namc.learning.domain.CourseId;

/**
 * Removes a module (with its lessons) or a lesson from a course; {@code partId} names either.
 * The remaining ones keep a dense order.
 */
public record RemoveCourseContent(@NotNull CourseId courseId, @NotNull UUID partId) {
}
