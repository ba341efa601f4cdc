package org.namc.learning;

import org.jspecify.annotations.Nullable;
import org.namc.learning.domain.CourseId;
import org.namc.learning.domain.LessonContent;
import org.namc.learning.domain.LessonId;
import org.namc.learning.domain.ModuleId;

/**
 * A lesson opened by a member: its content and, when they are enrolled, their progress. A
 * preview opened without an enrolment has no progress.
 */
public record LessonView(CourseId courseId, ModuleId moduleId, LessonId lessonId, LessonContent content,
                         boolean preview, @Nullable LessonProgressView progress) {
}
