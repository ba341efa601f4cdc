package org.namc.learning;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.namc.learning.domain.CourseId;
import org.namc.learning.domain.LessonId;
import org.namc.learning.domain.ModuleId;

/** A module's lessons in their new order: every lesson of the module exactly once. */
public record ReorderLessons(@NotNull CourseId courseId, @NotNull ModuleId moduleId,
                             @NotNull List<LessonId> lessonIds) {
}
