package org.namc.learning;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.namc.learning.domain.Bookmark;
import org.namc.learning.domain.CourseId;
import org.namc.learning.domain.LessonId;
import org.namc.shared.domain.MemberId;

/** Replaces a member's notes and bookmarks on a lesson as a whole. */
public record AnnotateLesson(@NotNull MemberId memberId, @NotNull CourseId courseId, @NotNull LessonId lessonId,
                             @Size(max = 20_000) @Nullable String notes,
                             @NotNull @Size(max = 100) List<Bookmark> bookmarks) {
}
