package org.namc.learning;

import org.namc.learning.domain.CompletionCriteria;
import org.namc.learning.domain.Lesson;
import org.namc.learning.domain.LessonId;
import org.namc.learning.domain.LessonType;

/** A lesson in a course outline, with its position in its module. */
public record LessonSummary(LessonId id, int orderIndex, String title, LessonType type, int estimatedMinutes,
                            boolean required, boolean published, boolean preview, CompletionCriteria completion) {

    public static LessonSummary of(Lesson lesson, int orderIndex) {
        return new LessonSummary(lesson.id(), orderIndex, lesson.content().title(), lesson.content().type(),
                lesson.content().estimatedMinutes(), lesson.content().required(), lesson.published(), lesson.preview(),
                lesson.content().completion());
    }
}
