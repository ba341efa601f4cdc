package org.namc.learning.domain;

import org.namc.shared.domain.ViolationRule;
import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.Violations;

/**
 * What an author writes for a lesson and how it is completed.
 *
 * @param videoSeconds     the video's length; required for video lessons and video criteria
 * @param estimatedMinutes what the lesson adds to the module's and the course's duration
 * @param required         whether the lesson counts towards course progress and completion
 */
public record LessonContent(String title, @Nullable String description, LessonType type, String body,
                            @Nullable URI videoUrl, @Nullable Integer videoSeconds, int estimatedMinutes,
                            CompletionCriteria completion, boolean required) {
    public LessonContent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(completion, "completion");
        boolean video = type == LessonType.VIDEO || completion instanceof CompletionCriteria.VideoWatched;
        Violations.collect()
                .notBlank(title, "title", 200)
                .maxLength(description, "description", 5_000)
                .required(body, "body")
                .maxLength(body, "body", 200_000)
                .check(videoUrl == null || isWebAddress(videoUrl), "videoUrl", "url", "must be an http(s) address")
                .check(videoSeconds == null || videoSeconds >= 1 && videoSeconds <= 86_400, "videoSeconds", ViolationRule.RANGE,
                        "must be between 1 second and 24 hours")
                .check(!video || videoUrl != null, "videoUrl", ViolationRule.REQUIRED, "a video lesson needs its video")
                .check(!video || videoSeconds != null, "videoSeconds", ViolationRule.REQUIRED,
                        "a video lesson needs the video's length")
                .check(estimatedMinutes >= 0 && estimatedMinutes <= 1_440, "estimatedMinutes", ViolationRule.RANGE,
                        "must be between 0 and 1440")
                .throwIfAny();
        title = title.strip();
        description = description == null || description.isBlank() ? null : description.strip();
    }

    /** A required text lesson completed by viewing it. */
    public static LessonContent text(String title, String body, int estimatedMinutes) {
        return new LessonContent(title, null, LessonType.TEXT, body, null, null, estimatedMinutes,
                CompletionCriteria.viewed(), true);
    }

    /** A required video lesson completed by watching {@code percent} % of it. */
    public static LessonContent video(String title, URI url, int seconds, int percent) {
        return new LessonContent(title, null, LessonType.VIDEO, "", url, seconds, (seconds + 59) / 60,
                new CompletionCriteria.VideoWatched(percent), true);
    }

    public LessonContent completedBy(CompletionCriteria criteria) {
        return new LessonContent(title, description, type, body, videoUrl, videoSeconds, estimatedMinutes, criteria,
                required);
    }

    public LessonContent optional() {
        return new LessonContent(title, description, type, body, videoUrl, videoSeconds, estimatedMinutes, completion,
                false);
    }

    private static boolean isWebAddress(URI uri) {
        return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                && uri.getHost() != null;
    }
}
