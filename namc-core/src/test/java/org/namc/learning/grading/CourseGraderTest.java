package org.namc.learning.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.learning.LearningAsserts.assertThatNamcException;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CourseGraderTest {
    private static final UUID QUIZ_1 = new UUID(1, 1);
    private static final UUID QUIZ_2 = new UUID(1, 2);
    private static final UUID QUIZ_3 = new UUID(1, 3);
    private static final UUID EXAM = new UUID(2, 1);

    private static List<ScoredAttempt> attempts(String... percents) {
        return IntStream.range(0, percents.length)
                .mapToObj(i -> new ScoredAttempt(i + 1, new BigDecimal(percents[i]))).toList();
    }

    private static CourseGrading grading(GradingPolicy policy, String penalty) {
        return new CourseGrading(policy, RetryPenalty.of(penalty), CourseGrading.standard().categories());
    }

    @ParameterizedTest(name = "{0}, penalty {1} -> {2}")
    @CsvSource({"HIGHEST, 0, 90.00", "LATEST, 0, 70.00", "FIRST, 0, 40.00", "AVERAGE, 0, 66.67",
            "HIGHEST, 10, 80.00", "LATEST, 10, 50.00", "FIRST, 10, 40.00", "AVERAGE, 10, 56.67",
            "HIGHEST, 50, 40.00"})
    void thePolicyPicksFromPenalisedAttempts(GradingPolicy policy, String penalty, String expected) {
        // attempts 40, 90, 70: with 10 points per retry they count 40, 80, 50.
        CourseGrade grade = CourseGrader.grade(grading(policy, penalty),
                List.of(new AssessmentScores(QUIZ_1, "Assessments", attempts("40", "90", "70"))));
        assertThat(grade.percent()).isEqualByComparingTo(expected);
        assertThat(grade.assessmentPercents().get(QUIZ_1)).isEqualByComparingTo(expected);
    }

    @Test
    void thePenaltyNeverGoesBelowZero() {
        assertThat(RetryPenalty.of("30").apply(new BigDecimal("50"), 3)).isEqualByComparingTo("0");
        assertThat(RetryPenalty.of("30").apply(new BigDecimal("50"), 1)).isEqualByComparingTo("50");
        assertThatNamcException(() -> RetryPenalty.of("101")).hasViolation("pointsPerRetry", "range");
    }

    @Test
    void weightedCategoriesDropTheLowestAsOpenEdxDoes() {
        CourseGrading grading = new CourseGrading(GradingPolicy.HIGHEST, RetryPenalty.none(), List.of(
                GradingCategory.of("Quizzes", "40", 1), GradingCategory.of("Final Exam", "60", 0)));
        CourseGrade grade = CourseGrader.grade(grading, List.of(
                new AssessmentScores(QUIZ_1, "Quizzes", attempts("100")),
                new AssessmentScores(QUIZ_2, "quizzes", attempts("20")),     // dropped: the lowest quiz
                new AssessmentScores(QUIZ_3, "Quizzes", attempts("80")),
                new AssessmentScores(EXAM, "Final Exam", attempts("70"))));

        // Quizzes: (100 + 80) / 2 = 90; course: 0.4 × 90 + 0.6 × 70 = 78.
        assertThat(grade.percent()).isEqualByComparingTo("78.00");
        assertThat(grade.categories()).hasSize(2);
        assertThat(grade.categories().get(0).dropped()).containsExactly(QUIZ_2);
        assertThat(grade.categories().get(0).percent()).isEqualByComparingTo("90.00");
    }

    @Test
    void droppingKeepsAtLeastOneAndUnattemptedCountsZero() {
        CourseGrading grading = new CourseGrading(GradingPolicy.HIGHEST, RetryPenalty.none(),
                List.of(GradingCategory.of("Quizzes", "1", 5)));
        CourseGrade grade = CourseGrader.grade(grading, List.of(
                new AssessmentScores(QUIZ_1, "Quizzes", attempts()), new AssessmentScores(QUIZ_2, "Quizzes",
                        attempts("60"))));
        assertThat(grade.categories().get(0).counted()).containsExactly(QUIZ_2);
        assertThat(grade.percent()).isEqualByComparingTo("60.00");
        assertThat(grade.assessmentPercents().get(QUIZ_1)).isEqualByComparingTo("0");
    }

    @Test
    void categoriesWithoutAssessmentsAreLeftOutOfTheWeighting() {
        CourseGrading grading = new CourseGrading(GradingPolicy.LATEST, RetryPenalty.none(), List.of(
                GradingCategory.of("Quizzes", "30", 0), GradingCategory.of("Labs", "70", 0)));
        CourseGrade grade = CourseGrader.grade(grading,
                List.of(new AssessmentScores(QUIZ_1, "Quizzes", attempts("55.5"))));
        assertThat(grade.percent()).isEqualByComparingTo("55.50");
        assertThat(grade.categories()).extracting(CategoryGrade::name).containsExactly("Quizzes");
    }

    @Test
    void aCourseWithoutGradedWorkHasNoGrade() {
        assertThat(CourseGrader.grade(CourseGrading.standard(), List.of()).finalPercent()).isEmpty();
    }

    @Test
    void categoriesAreValidated() {
        assertThatNamcException(() -> new CourseGrading(GradingPolicy.HIGHEST, RetryPenalty.none(), List.of(
                GradingCategory.of("Quizzes", "1", 0), GradingCategory.of("QUIZZES", "2", 0))))
                .hasViolation("categories", "distinct");
        assertThatNamcException(() -> GradingCategory.of("Labs", "0", 0)).hasViolation("weight", "range");
        assertThatNamcException(() -> GradingCategory.of(" ", "10", -1)).hasViolationOn("name", "dropLowest");
    }
}
