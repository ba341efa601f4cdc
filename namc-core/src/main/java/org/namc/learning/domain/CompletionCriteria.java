package org.namc.learning.domain;

import org.namc.shared.domain.ViolationRule;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.Violations;

/** When a lesson counts as completed for a learner. */
public sealed interface CompletionCriteria {

    /**
     * @param videoSeconds       the lesson's video length, when it has one
     * @param passedAssessments  the assessments the learner has passed
     */
    boolean isMetBy(LessonProgress progress, @Nullable Integer videoSeconds, Set<AssessmentId> passedAssessments);

    static CompletionCriteria viewed() {
        return new Viewed();
    }

    /** Completed once the learner has opened the lesson. */
    record Viewed() implements CompletionCriteria {
        @Override
        public boolean isMetBy(LessonProgress progress, @Nullable Integer videoSeconds, Set<AssessmentId> passed) {
            return true;
        }
    }

    /**
     * Completed once the learner has watched at least {@code percent} % of the video. Watched
     * means distinct seconds actually played, so skipping to the end does not count.
     */
    record VideoWatched(int percent) implements CompletionCriteria {
        public VideoWatched {
            Violations.collect().check(percent >= 1 && percent <= 100, "percent", ViolationRule.RANGE,
                    "must be between 1 and 100").throwIfAny();
        }

        @Override
        public boolean isMetBy(LessonProgress progress, @Nullable Integer videoSeconds, Set<AssessmentId> passed) {
            // watched / length >= percent / 100, in integers so no rounding can let a learner through early.
            return videoSeconds != null && videoSeconds > 0
                    && 100L * progress.watched().totalSeconds() >= (long) percent * videoSeconds;
        }
    }

    /** Completed once the learner has passed the assessment (any attempt). */
    record AssessmentPassed(AssessmentId assessmentId) implements CompletionCriteria {
        public AssessmentPassed {
            Objects.requireNonNull(assessmentId, "assessmentId");
        }

        @Override
        public boolean isMetBy(LessonProgress progress, @Nullable Integer videoSeconds, Set<AssessmentId> passed) {
            return passed.contains(assessmentId);
        }
    }
}
