package org.namc.learning;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.namc.learning.domain.Bookmark;
import org.namc.learning.domain.LessonId;
import org.namc.learning.domain.LessonProgress;

/** A member's progress in one lesson. {@code watchedSeconds} counts distinct seconds of video played. */
public record LessonProgressView(LessonId lessonId, Instant startedAt, @Nullable Instant completedAt,
                                 long timeSpentSeconds, int videoPositionSeconds, int watchedSeconds,
                                 @Nullable String notes, List<Bookmark> bookmarks) {
    public LessonProgressView {
        bookmarks = List.copyOf(bookmarks);
    }

    public boolean completed() {
        return completedAt != null;
    }

    public static LessonProgressView of(LessonProgress p) {
        return new LessonProgressView(p.lessonId(), p.startedAt(), p.completedAt(), p.timeSpentSeconds(),
                p.videoPositionSeconds(), p.watched().totalSeconds(), p.notes(), p.bookmarks());
    }
}
