package org.namc.learning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.learning.LearningAsserts.assertThatNamcException;
import static org.namc.learning.domain.AssessmentsForTests.T0;
import static org.namc.learning.domain.AssessmentsForTests.quiz;
import static org.namc.learning.domain.AssessmentsForTests.started;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.namc.shared.domain.ErrorCode;

class AttemptRulesTest {

    private static Attempt finished(Assessment quiz, int number, Instant at) {
        return SubmissionPolicy.submit(started(quiz, number, at), quiz, Map.of(), at);
    }

    @Test
    void noMoreAttemptsThanTheMaximum() {
        Assessment quiz = quiz(AssessmentSettings.defaults().withMaxAttempts(2));
        AttemptRules.checkStart(quiz, List.of(finished(quiz, 1, T0)), T0);
        assertThatNamcException(() -> AttemptRules.checkStart(quiz,
                List.of(finished(quiz, 1, T0), finished(quiz, 2, T0)), T0))
                .hasReason(LearningRefusal.ATTEMPTS_USED).hasMessageContaining("all 2 attempts");
    }

    @Test
    void oneAttemptAtATime() {
        Assessment quiz = quiz(AssessmentSettings.defaults());
        assertThatNamcException(() -> AttemptRules.checkStart(quiz, List.of(started(quiz, 1, T0)), T0))
                .hasMessageContaining("already in progress");
    }

    @Test
    void theWaitBetweenAttemptsEndsExactlyOnTime() {
        Duration wait = Duration.ofHours(1);
        Assessment quiz = quiz(AssessmentSettings.defaults().waitingBetweenAttempts(wait));
        List<Attempt> previous = List.of(finished(quiz, 1, T0));
        var refused = assertThatNamcException(() -> AttemptRules.checkStart(quiz, previous,
                T0.plus(wait).minusNanos(1))).hasReason(LearningRefusal.ATTEMPT_WAIT_RUNNING).exception();
        assertThat(refused.retryAfter()).contains(T0.plus(wait));
        AttemptRules.checkStart(quiz, previous, T0.plus(wait));
    }

    @Test
    void onlyWhileOpenAndPublished() {
        Instant opens = T0.plusSeconds(60);
        Instant closes = T0.plusSeconds(3600);
        Assessment quiz = quiz(AssessmentSettings.defaults().openBetween(opens, closes));
        assertThatNamcException(() -> AttemptRules.checkStart(quiz, List.of(), opens.minusNanos(1)))
                .hasMessageContaining("not open yet");
        AttemptRules.checkStart(quiz, List.of(), opens);
        AttemptRules.checkStart(quiz, List.of(), closes.minusNanos(1));
        assertThatNamcException(() -> AttemptRules.checkStart(quiz, List.of(), closes)).hasMessageContaining("closed");

        Assessment draft = Assessment.create(new AssessmentId(new UUID(8, 8)), quiz.courseId(), null,
                quiz.profile(), quiz.settings(), quiz.currentVersion().questions(), T0);
        assertThatNamcException(() -> AttemptRules.checkStart(draft, List.of(), T0))
                .hasMessageContaining("not published");
    }

    @Test
    void settingsAreValidated() {
        assertThatNamcException(() -> AssessmentSettings.defaults().withMaxAttempts(0))
                .hasViolation("maxAttempts", "range");
        assertThatNamcException(() -> AssessmentSettings.defaults().openBetween(T0, T0))
                .hasViolation("closesAt", "after-opens");
        assertThatNamcException(() -> AssessmentSettings.defaults().timed(Duration.ofSeconds(10),
                Duration.ofHours(2), OverduePolicy.AUTO_SUBMIT_SAVED)).hasViolationOn("timeLimit", "grace");
    }
}
