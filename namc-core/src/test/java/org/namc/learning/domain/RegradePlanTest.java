package org.namc.learning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.learning.LearningAsserts.assertThatNamcException;
import static org.namc.learning.domain.AssessmentsForTests.Q1;
import static org.namc.learning.domain.AssessmentsForTests.Q2;
import static org.namc.learning.domain.AssessmentsForTests.T0;
import static org.namc.learning.domain.AssessmentsForTests.questions;
import static org.namc.learning.domain.AssessmentsForTests.quiz;
import static org.namc.learning.domain.AssessmentsForTests.started;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.namc.learning.grading.Answer;
import org.namc.learning.grading.Question;
import org.namc.learning.grading.QuestionSpec;
import org.namc.shared.domain.ErrorCode;

class RegradePlanTest {

    @Test
    void theDiffSaysWhoChangesFromWhatToWhat() {
        // Version 2 corrects Q2's key from false to true.
        Assessment v1 = quiz(AssessmentSettings.defaults());
        Attempt answeredTrue = SubmissionPolicy.submit(started(v1, 1, T0), v1,
                Map.of(Q1, new Answer.TrueOrFalse(false), Q2, new Answer.TrueOrFalse(true)), T0);
        Assessment quiz = v1.revised(questions(true, true), T0);

        RegradePlan plan = RegradePlan.of(quiz, 2, List.of(answeredTrue));

        assertThat(plan.changes()).singleElement().satisfies(change -> {
            assertThat(change.fromVersion()).isEqualTo(1);
            assertThat(change.fromPercent()).isEqualByComparingTo("0");
            assertThat(change.fromPassed()).isFalse();
            assertThat(change.toVersion()).isEqualTo(2);
            assertThat(change.toPercent()).isEqualByComparingTo("50");
            assertThat(change.toPassed()).isTrue();
            assertThat(change.changesOutcome()).isTrue();
        });
    }

    @Test
    void aVersionThatChangesTheQuestionsCannotBeReplayed() {
        Assessment v1 = quiz(AssessmentSettings.defaults());
        Attempt attempt = SubmissionPolicy.submit(started(v1, 1, T0), v1, Map.of(), T0);
        Assessment quiz = v1.revised(List.of(
                Question.of(Q1, "Changed kind", "1", QuestionSpec.ShortText.accepting("yes"))), T0);
        assertThatNamcException(() -> RegradePlan.of(quiz, 2, List.of(attempt))).hasReason(LearningRefusal.REGRADE_CHANGES_QUESTIONS);
        assertThatNamcException(() -> RegradePlan.of(quiz, 3, List.of(attempt))).hasCode(ErrorCode.NOT_FOUND);
    }

    @Test
    void attemptsNeverSubmittedAreLeftAlone() {
        Assessment v1 = quiz(AssessmentSettings.defaults());
        Attempt open = started(v1, 1, T0);
        assertThat(RegradePlan.of(v1.revised(questions(false, false), T0), 2, List.of(open)).isEmpty()).isTrue();
    }

    @Test
    void revisingWithTheSameQuestionsIsRefused() {
        Assessment quiz = quiz(AssessmentSettings.defaults());
        assertThatNamcException(() -> quiz.revised(questions(true, false), T0)).hasReason(LearningRefusal.STALE_QUESTIONS);
    }
}
