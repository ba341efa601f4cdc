package org.namc.learning;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.namc.learning.domain.CourseId;
import org.namc.learning.domain.LessonId;
import org.namc.shared.domain.MemberId;

/**
 * A member opens a lesson: starts (and, for "viewed" lessons, completes) it. Without a member
 * (a visitor), or without access to the course, only a preview lesson opens, and nothing is
 * recorded.
 */
public record OpenLesson(@Nullable MemberId memberId, @NotNull CourseId courseId, @NotNull LessonId lessonId) {

    public static OpenLesson asVisitor(CourseId courseId, LessonId lessonId) {
        return new OpenLesson(null, courseId, lessonId);
    }
}
