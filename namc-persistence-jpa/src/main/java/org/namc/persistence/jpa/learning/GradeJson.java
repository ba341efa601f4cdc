package org.namc.persistence.jpa.learning;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.namc.learning.grading.GradeReport;
import org.namc.learning.grading.QuestionId;
import org.namc.learning.grading.QuestionOutcome;
import org.namc.learning.grading.QuestionResult;

/**
 * {@code assessment_submissions.grade}: what the grade's columns do not hold, i.e. the version
 * it was computed on, whether an essay awaits review, and each question's result.
 */
record GradeJson(int version, boolean awaitingReview, List<Result> questions) {
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Result(UUID questionId, QuestionOutcome outcome, @Nullable String earned, String max, String feedback,
                  String correctAnswer, @Nullable String explanation) {
    }

    static GradeJson of(GradeReport report) {
        return new GradeJson(report.version(), report.awaitingReview(), report.questions().stream()
                .map(q -> new Result(q.questionId().value(), q.outcome(),
                        q.earned() == null ? null : q.earned().toString(), q.max().toString(), q.feedback(),
                        q.correctAnswer(), q.explanation()))
                .toList());
    }

    GradeReport toDomain(BigDecimal score, BigDecimal maxScore, BigDecimal percent, boolean passed) {
        return new GradeReport(version, questions.stream()
                .map(q -> new QuestionResult(new QuestionId(q.questionId()), q.outcome(),
                        q.earned() == null ? null : new BigDecimal(q.earned()), new BigDecimal(q.max()), q.feedback(),
                        q.correctAnswer(), q.explanation()))
                .toList(), score, maxScore, percent, passed, awaitingReview);
    }
}
