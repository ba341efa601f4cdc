package org.namc.learning;

import java.math.BigDecimal;
import java.util.List;
import org.namc.learning.grading.GradeReport;
import org.namc.learning.grading.QuestionResult;

/**
 * The grade of a submitted attempt as the learner sees it: per-question results carry the
 * answer key and explanation only when the assessment shows correct answers.
 */
public record AttemptResult(int gradedOnVersion, BigDecimal score, BigDecimal maxScore, BigDecimal percent,
                            boolean passed, boolean awaitingReview, List<QuestionResult> questions) {
    public AttemptResult {
        questions = List.copyOf(questions);
    }

    public static AttemptResult of(GradeReport report, boolean showCorrectAnswers) {
        List<QuestionResult> shown = showCorrectAnswers ? report.questions() : report.questions().stream()
                .map(q -> new QuestionResult(q.questionId(), q.outcome(), q.earned(), q.max(), q.feedback(), "", null))
                .toList();
        return new AttemptResult(report.version(), report.score(), report.maxScore(), report.percent(),
                report.passed(), report.awaitingReview(), shown);
    }
}
