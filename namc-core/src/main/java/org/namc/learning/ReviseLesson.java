package org.namc.learning;

import jakarta.validation.constraints.NotNull;
import org.namc.learning.domain.CourseId;
import org.namc.learning.domain.LessonContent;
import org.namc.learning.domain.LessonId;

/** Replaces a lesson's content and completion criteria. */
public record ReviseLesson(@NotNull CourseId courseId, @NotNull LessonId lessonId, @NotNull LessonContent content) {
}
