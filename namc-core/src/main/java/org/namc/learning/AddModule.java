package org.namc.learning;

import jakarta.validation.constraints.NotNull;
import org.namc.learning.domain.CourseId;
import org.namc.learning.domain.ModuleContent;

/** Appends an unpublished module to a course. */
public record AddModule(@NotNull CourseId courseId, @NotNull ModuleContent content) {
}
