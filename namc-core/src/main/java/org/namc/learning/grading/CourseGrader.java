package org.namc.learning.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Computes a course grade, a pure function of the course's grading and the learner's
 * counted attempts:
 * <ol>
 *   <li>each attempt's percent loses the {@link RetryPenalty} for its number;</li>
 *   <li>the {@link GradingPolicy} picks the assessment's percent from them (an assessment
 *       never attempted counts 0);</li>
 *   <li>each category drops its lowest {@code dropLowest} assessments, always keeping one
 *       (ties drop the smaller id first), and averages the rest;</li>
 *   <li>the course grade is the weight-averaged category percent over the categories that
 *       hold assessments, so a category not yet used does not drag everyone down.</li>
 * </ol>
 * Averages round half up to hundredths. Assessments in no known category are left out.
 */
public final class CourseGrader {
    private CourseGrader() {
    }

    public static CourseGrade grade(CourseGrading grading, List<AssessmentScores> assessments) {
        Map<UUID, BigDecimal> percents = new HashMap<>();
        for (AssessmentScores scores : assessments) {
            percents.put(scores.assessmentId(), assessmentPercent(grading, scores.attempts()));
        }
        List<CategoryGrade> categories = new ArrayList<>();
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (GradingCategory category : grading.categories()) {
            List<UUID> members = assessments.stream()
                    .filter(a -> a.category().strip().equalsIgnoreCase(category.name()))
                    .map(AssessmentScores::assessmentId)
                    .sorted(Comparator.comparing((UUID id) -> percents.get(id)).thenComparing(UUID::toString))
                    .toList();
            if (members.isEmpty()) {
                continue;
            }
            int drop = Math.min(category.dropLowest(), members.size() - 1);
            List<UUID> counted = members.subList(drop, members.size());
            BigDecimal average = counted.stream().map(percents::get).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(counted.size()), 2, RoundingMode.HALF_UP);
            categories.add(new CategoryGrade(category.name(), category.weight(), average, counted,
                    members.subList(0, drop)));
            weighted = weighted.add(category.weight().multiply(average));
            weights = weights.add(category.weight());
        }
        BigDecimal percent = weights.signum() == 0 ? null : weighted.divide(weights, 2, RoundingMode.HALF_UP);
        return new CourseGrade(percent, categories, percents);
    }

    static BigDecimal assessmentPercent(CourseGrading grading, List<ScoredAttempt> attempts) {
        if (attempts.isEmpty()) {
            return BigDecimal.ZERO.setScale(2);
        }
        List<BigDecimal> penalised = attempts.stream()
                .sorted(Comparator.comparingInt(ScoredAttempt::number))
                .map(a -> grading.retryPenalty().apply(a.percent(), a.number()))
                .toList();
        return grading.policy().pick(penalised).setScale(2, RoundingMode.HALF_UP);
    }
}
