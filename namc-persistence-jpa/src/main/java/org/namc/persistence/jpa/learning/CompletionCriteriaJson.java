package org.namc.persistence.jpa.learning;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.namc.learning.domain.AssessmentId;
import org.namc.learning.domain.CompletionCriteria;

/**
 * {@code lessons.completion_criteria}, in the seed's shape: {@code {"type": "viewed"}},
 * {@code {"type": "video_watched", "percent": 80}} or
 * {@code {"type": "assessment_passed", "assessment_id": "..."}}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CompletionCriteriaJson(String type, @Nullable Integer percent, @Nullable UUID assessmentId) {
    private static final String VIEWED = "viewed";
    private static final String VIDEO_WATCHED = "video_watched";
    private static final String ASSESSMENT_PASSED = "assessment_passed";

    static CompletionCriteriaJson of(CompletionCriteria criteria) {
        if (criteria instanceof CompletionCriteria.VideoWatched video) {
            return new CompletionCriteriaJson(VIDEO_WATCHED, video.percent(), null);
        }
        if (criteria instanceof CompletionCriteria.AssessmentPassed passed) {
            return new CompletionCriteriaJson(ASSESSMENT_PASSED, null, passed.assessmentId().value());
        }
        return new CompletionCriteriaJson(VIEWED, null, null);
    }

    CompletionCriteria toDomain() {
        return switch (type) {
            case VIEWED -> CompletionCriteria.viewed();
            case VIDEO_WATCHED -> new CompletionCriteria.VideoWatched(required(percent));
            case ASSESSMENT_PASSED -> new CompletionCriteria.AssessmentPassed(new AssessmentId(required(assessmentId)));
            default -> throw new IllegalStateException("unknown completion criteria type " + type);
        };
    }

    private <T> T required(@Nullable T value) {
        if (value == null) {
            throw new IllegalStateException("completion criteria " + type + " lack their parameter");
        }
        return value;
    }
}
