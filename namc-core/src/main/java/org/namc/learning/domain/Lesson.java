package org.namc.learning.domain;

import java.util.Objects;

/** A lesson in a module; its position in the module is its order. */
public record Lesson(LessonId id, LessonContent content, boolean published, boolean preview) {
    public Lesson {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(content, "content");
    }

    public Lesson withContent(LessonContent newContent) {
        return new Lesson(id, newContent, published, preview);
    }

    public Lesson withVisibility(boolean isPublished, boolean isPreview) {
        return new Lesson(id, content, isPublished, isPreview);
    }
}
