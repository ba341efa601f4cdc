package org.namc.learning;

import jakarta.validation.constraints.NotNull;
import org.namc.learning.domain.CourseId;
import org.namc.learning.domain.LessonContent;
import org.namc.learning.domain.ModuleId;

/** Appends an unpublished lesson to a module. */
public record AddLesson(@NotNull CourseId courseId, @NotNull ModuleId moduleId, @NotNull LessonContent content) {
}
