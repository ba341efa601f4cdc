package org.namc.learning.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;

/**
 * A learner's progress through a course, derived from the course's required lessons and the
 * lessons they completed, never stored: adding a lesson to the course cannot leave a stale
 * percentage behind. The percentage rounds down, so 100 means everything is done.
 */
public record CourseProgress(int requiredLessons, int completedRequiredLessons, BigDecimal percent,
                             List<LessonId> remaining) {
    public CourseProgress {
        remaining = List.copyOf(remaining);
    }

    public static CourseProgress of(Course course, Set<LessonId> completedLessons) {
        List<LessonId> required = course.requiredLessons().stream().map(Lesson::id).toList();
        List<LessonId> remaining = required.stream().filter(id -> !completedLessons.contains(id)).toList();
        int done = required.size() - remaining.size();
        BigDecimal percent = required.isEmpty() ? new BigDecimal("100.00")
                : BigDecimal.valueOf(100L * done).divide(BigDecimal.valueOf(required.size()), 2, RoundingMode.DOWN);
        return new CourseProgress(required.size(), done, percent, remaining);
    }

    public boolean isComplete() {
        return remaining.isEmpty();
    }
}
