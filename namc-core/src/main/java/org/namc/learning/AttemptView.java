package org.namc.learning;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.namc.learning.domain.Assessment;
import org.namc.learning.domain.AssessmentId;
import org.namc.learning.domain.Attempt;
import org.namc.learning.domain.AttemptId;
import org.namc.learning.domain.AttemptStatus;
import org.namc.learning.domain.AttemptWindow;
import org.namc.learning.domain.ShuffledOrder;
import org.namc.learning.domain.SubmissionTiming;
import org.namc.learning.grading.Answer;
import org.namc.learning.grading.Question;
import org.namc.learning.grading.QuestionId;
import org.namc.shared.domain.MemberId;

/**
 * An attempt as the learner sees it: its questions in the attempt's order, the answers saved
 * or submitted, its deadlines and, once graded, its result. {@code phase} tells whether it is
 * open, within grace or overdue now (an overdue attempt is closed by the rules when next touched).
 */
public record AttemptView(AttemptId id, AssessmentId assessmentId, MemberId memberId, int number,
                          AttemptStatus status, AttemptWindow.Phase phase, int takenOnVersion, Instant startedAt,
                          @Nullable Instant deadline, @Nullable Instant effectiveDeadline,
                          @Nullable SubmissionTiming timing, @Nullable Instant endedAt,
                          List<PresentedQuestion> questions, Map<QuestionId, Answer> answers,
                          @Nullable AttemptResult result) {
    public AttemptView {
        questions = List.copyOf(questions);
        answers = Map.copyOf(answers);
    }

    public static AttemptView of(Attempt attempt, Assessment assessment, Instant now) {
        List<Question> version = assessment.version(attempt.takenOnVersion()).orElseThrow().questions();
        boolean shuffle = assessment.settings().shuffle();
        List<Question> ordered = shuffle ? ShuffledOrder.questions(version, attempt.seed()) : version;
        List<PresentedQuestion> shown = ordered.stream().map(q -> new PresentedQuestion(q.id(),
                q.spec().getClass().getSimpleName(), q.prompt(), q.points(),
                shuffle ? ShuffledOrder.options(q.spec().options(), attempt.seed(), q) : q.spec().options())).toList();
        AttemptResult result = attempt.grade() == null ? null
                : AttemptResult.of(attempt.grade(), assessment.settings().showCorrectAnswers());
        AttemptWindow window = attempt.window();
        return new AttemptView(attempt.id(), attempt.assessmentId(), attempt.memberId(), attempt.number(),
                attempt.status(), window.phaseAt(now), attempt.takenOnVersion(), window.startedAt(), window.deadline(),
                window.effectiveDeadline(), attempt.timing(), attempt.endedAt(), shown, attempt.answers(), result);
    }
}
