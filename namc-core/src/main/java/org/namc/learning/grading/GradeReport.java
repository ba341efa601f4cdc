package org.namc.learning.grading;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What the {@link Grader} concluded about one set of answers on one assessment version.
 *
 * @param score          points earned (essays awaiting review count nothing yet)
 * @param percent        {@code score / maxScore × 100}, rounded down to hundredths, so that
 *                       {@code percent >= passing} exactly when the unrounded share is
 * @param passed         the percent reaches the passing score and nothing awaits review
 * @param awaitingReview an essay answer still needs an instructor's grade
 */
public record GradeReport(int version, List<QuestionResult> questions, BigDecimal score, BigDecimal maxScore,
                          BigDecimal percent, boolean passed, boolean awaitingReview) {
    public GradeReport {
        questions = List.copyOf(questions);
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(maxScore, "maxScore");
        Objects.requireNonNull(percent, "percent");
    }

    /** Whether {@code other} grades the same way: same version, points and outcomes. */
    public boolean sameGradeAs(GradeReport other) {
        return version == other.version && score.compareTo(other.score) == 0 && passed == other.passed
                && percent.compareTo(other.percent) == 0 && awaitingReview == other.awaitingReview
                && questions.equals(other.questions);
    }
}
