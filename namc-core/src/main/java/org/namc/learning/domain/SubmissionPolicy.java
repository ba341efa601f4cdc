package org.namc.learning.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.namc.learning.grading.Answer;
import org.namc.learning.grading.Grader;
import org.namc.learning.grading.QuestionId;

/**
 * What submitting an attempt at a given instant does, and what becomes of an attempt left
 * open past its effective deadline, by the attempt's {@link AttemptWindow} and the
 * assessment's {@link OverduePolicy}.
 */
public final class SubmissionPolicy {
    private SubmissionPolicy() {
    }

    /**
     * Up to the deadline the submission is on time, up to the effective deadline within
     * grace; both are graded with {@code answers}. Later, the overdue policy decides and
     * {@code answers} are ignored.
     */
    public static Attempt submit(Attempt attempt, Assessment assessment, Map<QuestionId, Answer> answers,
                                 Instant now) {
        return switch (attempt.window().phaseAt(now)) {
            case OPEN -> graded(attempt, assessment, answers, SubmissionTiming.ON_TIME, now);
            case GRACE -> graded(attempt, assessment, answers, SubmissionTiming.WITHIN_GRACE, now);
            case OVERDUE -> settled(attempt, assessment);
        };
    }

    /** The attempt as the rules close it, when it is still open past its effective deadline. */
    public static Optional<Attempt> settleIfOverdue(Attempt attempt, Assessment assessment, Instant now) {
        if (!attempt.isInProgress() || attempt.window().phaseAt(now) != AttemptWindow.Phase.OVERDUE) {
            return Optional.empty();
        }
        return Optional.of(settled(attempt, assessment));
    }

    private static Attempt settled(Attempt attempt, Assessment assessment) {
        Instant end = attempt.window().effectiveDeadline();
        return switch (assessment.settings().overduePolicy()) {
            case AUTO_SUBMIT_SAVED -> graded(attempt, assessment, attempt.answers(), SubmissionTiming.AUTO_SUBMITTED,
                    end);
            case ACCEPT_WITHIN_GRACE -> attempt.closedUnsubmitted(AttemptStatus.ABANDONED, end);
            case MARK_NEVER_SUBMITTED -> attempt.closedUnsubmitted(AttemptStatus.NEVER_SUBMITTED, end);
        };
    }

    private static Attempt graded(Attempt attempt, Assessment assessment, Map<QuestionId, Answer> answers,
                                  SubmissionTiming timing, Instant at) {
        return attempt.submitted(answers, timing, at,
                Grader.grade(assessment.gradingKey(attempt.takenOnVersion()), answers));
    }
}
