package org.namc.learning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.learning.domain.AssessmentsForTests.Q1;
import static org.namc.learning.domain.AssessmentsForTests.Q2;
import static org.namc.learning.domain.AssessmentsForTests.T0;
import static org.namc.learning.domain.AssessmentsForTests.quiz;
import static org.namc.learning.domain.AssessmentsForTests.started;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.namc.learning.grading.Answer;
import org.namc.learning.grading.QuestionId;

/** The timing rules, checked at the exact boundary instants. */
class SubmissionPolicyTest {
    private static final Duration LIMIT = Duration.ofMinutes(30);
    private static final Duration GRACE = Duration.ofSeconds(30);
    private static final Instant DEADLINE = T0.plus(LIMIT);
    private static final Instant EFFECTIVE = DEADLINE.plus(GRACE);
    private static final Map<QuestionId, Answer> PERFECT = Map.of(Q1, new Answer.TrueOrFalse(true), Q2,
            new Answer.TrueOrFalse(false));
    private static final Map<QuestionId, Answer> HALF = Map.of(Q1, new Answer.TrueOrFalse(true));

    private static Assessment timed(OverduePolicy policy) {
        return quiz(AssessmentSettings.defaults().timed(LIMIT, GRACE, policy));
    }

    @Test
    void theDeadlineIsTheEarlierOfCloseAndStartPlusLimit() {
        Instant closes = T0.plus(Duration.ofMinutes(10));
        AttemptWindow closing = AttemptWindow.of(T0, closes, LIMIT, GRACE);
        assertThat(closing.deadline()).isEqualTo(closes);
        assertThat(closing.effectiveDeadline()).isEqualTo(closes.plus(GRACE));
        assertThat(AttemptWindow.of(T0, T0.plus(Duration.ofHours(2)), LIMIT, GRACE).deadline()).isEqualTo(DEADLINE);
        assertThat(AttemptWindow.of(T0, null, LIMIT, GRACE).deadline()).isEqualTo(DEADLINE);
        assertThat(AttemptWindow.of(T0, closes, null, GRACE).deadline()).isEqualTo(closes);
        AttemptWindow open = AttemptWindow.of(T0, null, null, GRACE);
        assertThat(open.deadline()).isNull();
        assertThat(open.effectiveDeadline()).isNull();
        assertThat(open.phaseAt(T0.plus(Duration.ofDays(400)))).isEqualTo(AttemptWindow.Phase.OPEN);
    }

    @Test
    void phasesChangeExactlyAtTheBoundaries() {
        AttemptWindow window = AttemptWindow.of(T0, null, LIMIT, GRACE);
        assertThat(window.phaseAt(DEADLINE)).isEqualTo(AttemptWindow.Phase.OPEN);
        assertThat(window.phaseAt(DEADLINE.plusNanos(1))).isEqualTo(AttemptWindow.Phase.GRACE);
        assertThat(window.phaseAt(EFFECTIVE)).isEqualTo(AttemptWindow.Phase.GRACE);
        assertThat(window.phaseAt(EFFECTIVE.plusNanos(1))).isEqualTo(AttemptWindow.Phase.OVERDUE);
    }

    @Nested
    class WithinTheEffectiveDeadline {
        @Test
        void atTheDeadlineTheSubmissionIsOnTime() {
            Attempt done = SubmissionPolicy.submit(started(timed(OverduePolicy.MARK_NEVER_SUBMITTED), 1, T0),
                    timed(OverduePolicy.MARK_NEVER_SUBMITTED), PERFECT, DEADLINE);
            assertThat(done.status()).isEqualTo(AttemptStatus.GRADED);
            assertThat(done.timing()).isEqualTo(SubmissionTiming.ON_TIME);
            assertThat(done.endedAt()).isEqualTo(DEADLINE);
        }

        @Test
        void atTheEffectiveDeadlineItIsWithinGraceAndGradedWithItsAnswers() {
            for (OverduePolicy policy : OverduePolicy.values()) {
                Assessment quiz = timed(policy);
                Attempt done = SubmissionPolicy.submit(started(quiz, 1, T0), quiz, PERFECT, EFFECTIVE);
                assertThat(done.timing()).as(policy.name()).isEqualTo(SubmissionTiming.WITHIN_GRACE);
                assertThat(done.grade().percent()).as(policy.name()).isEqualByComparingTo("100");
            }
        }
    }

    @Nested
    class OneNanosecondAfterTheEffectiveDeadline {
        private final Instant late = EFFECTIVE.plusNanos(1);

        @Test
        void autoSubmitGradesWhatWasSavedAndIgnoresTheLatePayload() {
            Assessment quiz = timed(OverduePolicy.AUTO_SUBMIT_SAVED);
            Attempt saved = started(quiz, 1, T0).saved(HALF, DEADLINE.minusSeconds(60));
            Attempt done = SubmissionPolicy.submit(saved, quiz, PERFECT, late);
            assertThat(done.status()).isEqualTo(AttemptStatus.GRADED);
            assertThat(done.timing()).isEqualTo(SubmissionTiming.AUTO_SUBMITTED);
            assertThat(done.endedAt()).isEqualTo(EFFECTIVE);
            assertThat(done.answers()).isEqualTo(HALF);
            assertThat(done.grade().percent()).isEqualByComparingTo("50");
        }

        @Test
        void acceptWithinGraceAbandonsTheAttemptWhichThenDoesNotCount() {
            Assessment quiz = timed(OverduePolicy.ACCEPT_WITHIN_GRACE);
            Attempt done = SubmissionPolicy.submit(started(quiz, 1, T0).saved(HALF, T0), quiz, PERFECT, late);
            assertThat(done.status()).isEqualTo(AttemptStatus.ABANDONED);
            assertThat(done.grade()).isNull();
            assertThat(done.countsTowardGrade()).isFalse();
            assertThat(done.endedAt()).isEqualTo(EFFECTIVE);
        }

        @Test
        void markNeverSubmittedCountsAsZero() {
            Assessment quiz = timed(OverduePolicy.MARK_NEVER_SUBMITTED);
            Attempt done = SubmissionPolicy.submit(started(quiz, 1, T0), quiz, PERFECT, late);
            assertThat(done.status()).isEqualTo(AttemptStatus.NEVER_SUBMITTED);
            assertThat(done.countsTowardGrade()).isTrue();
            assertThat(done.countedPercent()).isEqualByComparingTo("0");
            assertThat(done.isPassed()).isFalse();
        }
    }

    @Test
    void settlingLeavesAttemptsWithinTheirWindowAlone() {
        Assessment quiz = timed(OverduePolicy.AUTO_SUBMIT_SAVED);
        Attempt attempt = started(quiz, 1, T0);
        assertThat(SubmissionPolicy.settleIfOverdue(attempt, quiz, EFFECTIVE)).isEmpty();
        assertThat(SubmissionPolicy.settleIfOverdue(attempt, quiz, EFFECTIVE.plusNanos(1))).isPresent();
        assertThat(SubmissionPolicy.settleIfOverdue(attempt, quiz, EFFECTIVE.plusNanos(1)).orElseThrow().endedAt())
                .as("settling is deterministic: it happens at the effective deadline, whenever noticed")
                .isEqualTo(SubmissionPolicy.settleIfOverdue(attempt, quiz, EFFECTIVE.plusSeconds(999)).orElseThrow()
                        .endedAt());
    }
}
