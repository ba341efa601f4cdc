package org.namc.learning;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.namc.learning.domain.CourseId;
import org.namc.learning.domain.LessonId;
import org.namc.shared.domain.MemberId;

/**
 * A heartbeat from the player: time spent since the last one and, for a video, the seconds
 * played ({@code watchedFrom} inclusive to {@code watchedTo} exclusive).
 */
public record TrackLesson(@NotNull MemberId memberId, @NotNull CourseId courseId, @NotNull LessonId lessonId,
                          @Min(0) @Max(86_400) long timeSpentSeconds, @Nullable Integer watchedFrom,
                          @Nullable Integer watchedTo) {

    public static TrackLesson time(MemberId memberId, CourseId courseId, LessonId lessonId, long seconds) {
        return new TrackLesson(memberId, courseId, lessonId, seconds, null, null);
    }

    public static TrackLesson watched(MemberId memberId, CourseId courseId, LessonId lessonId, int from, int to) {
        return new TrackLesson(memberId, courseId, lessonId, to - from, from, to);
    }
}
