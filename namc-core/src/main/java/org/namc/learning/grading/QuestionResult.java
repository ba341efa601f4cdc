package org.namc.learning.grading;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The grade of one question.
 *
 * @param earned        points earned; {@code null} while an essay awaits review
 * @param feedback      what the learner is told about their answer
 * @param correctAnswer the key as a person reads it; views drop it when the assessment
 *                      does not show correct answers
 */
public record QuestionResult(QuestionId questionId, QuestionOutcome outcome, @Nullable BigDecimal earned,
                             BigDecimal max, String feedback, String correctAnswer,
                             @Nullable String explanation) {
    public QuestionResult {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(feedback, "feedback");
        Objects.requireNonNull(correctAnswer, "correctAnswer");
        if ((earned == null) != (outcome == QuestionOutcome.AWAITING_REVIEW)) {
            throw new IllegalArgumentException("only an answer awaiting review has no points yet");
        }
    }

    public BigDecimal earnedOrZero() {
        return earned == null ? BigDecimal.ZERO.setScale(2) : earned;
    }
}
