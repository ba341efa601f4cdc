package org.namc.learning.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A module of a course: an ordered list of lessons. The order index of a lesson is its
 * position in the list, so it is always dense (0, 1, 2, ...).
 */
public record CourseModule(ModuleId id, ModuleContent content, List<Lesson> lessons, boolean published,
                           boolean preview) {
    public static final int MAX_LESSONS = 200;

    public CourseModule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(content, "content");
        lessons = List.copyOf(lessons);
    }

    public Optional<Lesson> lesson(LessonId lessonId) {
        return lessons.stream().filter(l -> l.id().equals(lessonId)).findFirst();
    }

    /** The published lessons, in order. */
    public List<Lesson> publishedLessons() {
        return lessons.stream().filter(Lesson::published).toList();
    }

    /** The sum of the published lessons' estimated minutes. */
    public int durationMinutes() {
        return publishedLessons().stream().mapToInt(l -> l.content().estimatedMinutes()).sum();
    }

    CourseModule withContent(ModuleContent newContent) {
        return new CourseModule(id, newContent, lessons, published, preview);
    }

    CourseModule withLessons(List<Lesson> newLessons) {
        return new CourseModule(id, content, newLessons, published, preview);
    }

    CourseModule withVisibility(boolean isPublished, boolean isPreview) {
        return new CourseModule(id, content, lessons, isPublished, isPreview);
    }
}
