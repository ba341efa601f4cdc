package org.namc.learning.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.learning.grading.Questions.id;
import static org.namc.learning.grading.Questions.key;
import static org.namc.learning.LearningAsserts.assertThatNamcException;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GraderTest {

    private static GradeReport grade(GradingKey key, Map<QuestionId, Answer> answers) {
        return Grader.grade(key, answers);
    }

    private static QuestionResult only(GradeReport report) {
        assertThat(report.questions()).hasSize(1);
        return report.questions().get(0);
    }

    @Nested
    class SingleChoice {
        private final GradingKey key = key(Questions.single(1, "2", "b"));

        @Test
        void theCorrectOptionEarnsFullPointsAndAnyOtherNothing() {
            assertThat(only(grade(key, Map.of(id(1), new Answer.Choice("b")))).earned()).isEqualByComparingTo("2");
            QuestionResult wrong = only(grade(key, Map.of(id(1), new Answer.Choice("c"))));
            assertThat(wrong.outcome()).isEqualTo(QuestionOutcome.INCORRECT);
            assertThat(wrong.earned()).isEqualByComparingTo("0");
            assertThat(wrong.correctAnswer()).isEqualTo("Bravo");
        }

        @Test
        void aMissingOrBlankAnswerIsUnansweredNotAnError() {
            assertThat(only(grade(key, Map.of())).outcome()).isEqualTo(QuestionOutcome.UNANSWERED);
            assertThat(only(grade(key, Map.of(id(1), new Answer.Choice(" ")))).outcome())
                    .isEqualTo(QuestionOutcome.UNANSWERED);
        }

        @Test
        void anUnknownOptionIsRefusedNamingTheQuestion() {
            assertThatNamcException(() -> grade(key, Map.of(id(1), new Answer.Choice("z"))))
                    .hasViolation("answers[" + id(1) + "]", "known-option");
        }

        @Test
        void theWrongKindOfAnswerIsRefused() {
            assertThatNamcException(() -> grade(key, Map.of(id(1), Answer.Choices.of("b"))))
                    .hasViolation("answers[" + id(1) + "]", "answer-type");
        }

        @Test
        void aKeyNamingNoOptionIsRefused() {
            assertThatNamcException(() -> new QuestionSpec.SingleChoice(Questions.ABCD, "x"))
                    .hasViolation("correctOptionId", "known-option");
            assertThatNamcException(() -> new QuestionSpec.SingleChoice(List.of(Option.of("a", "A")), "a"))
                    .hasViolation("options", "min-size");
            assertThatNamcException(() -> new QuestionSpec.SingleChoice(
                    List.of(Option.of("a", "A"), Option.of("a", "again")), "a")).hasViolation("options", "distinct");
        }
    }

    @Nested
    class MultipleChoice {
        // a, b correct; c, d incorrect: each correct option is worth 1/2, each incorrect one costs 1/2.
        private final GradingKey key = key(Questions.multiple(1, "4", "a", "b"));

        @ParameterizedTest(name = "{0} earns {1}")
        @CsvSource({"a b, 4.00, CORRECT", "a, 2.00, PARTIALLY_CORRECT", "a b c, 2.00, PARTIALLY_CORRECT",
                "a c, 0.00, INCORRECT", "a b c d, 0.00, INCORRECT", "c d, 0.00, INCORRECT", "c, 0.00, INCORRECT"})
        void partialCreditWithTheDocumentedPenalty(String selected, String earned, QuestionOutcome outcome) {
            QuestionResult result = only(grade(key, Map.of(id(1), new Answer.Choices(List.of(selected.split(" "))))));
            assertThat(result.earned()).isEqualByComparingTo(earned);
            assertThat(result.outcome()).isEqualTo(outcome);
        }

        @Test
        void partialCreditRoundsDownToTheCent() {
            GradingKey thirds = key(Questions.multiple(1, "1", "a", "b", "c"));
            // 1/3 of a point, rounded down: never more than earned.
            assertThat(only(grade(thirds, Map.of(id(1), Answer.Choices.of("a")))).earned()).isEqualByComparingTo("0.33");
            assertThat(only(grade(thirds, Map.of(id(1), Answer.Choices.of("a", "b")))).earned())
                    .isEqualByComparingTo("0.66");
        }

        @Test
        void whenEveryOptionIsCorrectThereIsNoPenaltyShare() {
            GradingKey all = key(Question.of(id(1), "All", "3", new QuestionSpec.MultipleChoice(
                    List.of(Option.of("a", "A"), Option.of("b", "B"), Option.of("c", "C")),
                    Set.of("a", "b", "c"), MultipleChoiceScoring.PARTIAL_CREDIT)));
            assertThat(only(grade(all, Map.of(id(1), Answer.Choices.of("a", "c")))).earned())
                    .isEqualByComparingTo("2");
        }

        @Test
        void allOrNothingGivesNoPartialCredit() {
            GradingKey strict = key(Questions.allOrNothing(1, "4", "a", "b"));
            assertThat(only(grade(strict, Map.of(id(1), Answer.Choices.of("a")))).earned()).isEqualByComparingTo("0");
            assertThat(only(grade(strict, Map.of(id(1), Answer.Choices.of("b", "a")))).earned())
                    .isEqualByComparingTo("4");
        }

        @Test
        void anEmptySelectionIsUnanswered() {
            assertThat(only(grade(key, Map.of(id(1), new Answer.Choices(List.of())))).outcome())
                    .isEqualTo(QuestionOutcome.UNANSWERED);
        }

        @Test
        void duplicateSelectionsAreRefusedNotCountedTwice() {
            assertThatNamcException(() -> grade(key, Map.of(id(1), Answer.Choices.of("a", "a"))))
                    .hasViolation("answers[" + id(1) + "]", "distinct");
        }

        @Test
        void unknownOptionsAreRefused() {
            assertThatNamcException(() -> grade(key, Map.of(id(1), Answer.Choices.of("a", "e"))))
                    .hasViolation("answers[" + id(1) + "]", "known-option");
        }

        @Test
        void theOrderOfTheSelectionDoesNotMatter() {
            assertThat(grade(key, Map.of(id(1), Answer.Choices.of("c", "b", "a"))))
                    .isEqualTo(grade(key, Map.of(id(1), Answer.Choices.of("a", "b", "c"))));
        }
    }

    @Nested
    class TrueFalse {
        @Test
        void matchesTheKey() {
            GradingKey key = key(Questions.trueFalse(1, "1", false));
            assertThat(only(grade(key, Map.of(id(1), new Answer.TrueOrFalse(false)))).outcome())
                    .isEqualTo(QuestionOutcome.CORRECT);
            assertThat(only(grade(key, Map.of(id(1), new Answer.TrueOrFalse(true)))).outcome())
                    .isEqualTo(QuestionOutcome.INCORRECT);
            assertThatNamcException(() -> grade(key, Map.of(id(1), new Answer.Text("false"))))
                    .hasViolation("answers[" + id(1) + "]", "answer-type");
        }
    }

    @Nested
    class Numeric {
        private final GradingKey key = key(Questions.numeric(1, "5", "9.81", "0.05"));

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({"9.81, CORRECT", "9.76, CORRECT", "9.86, CORRECT", "9.860, CORRECT", "9.75, INCORRECT",
                "9.8601, INCORRECT", "-9.81, INCORRECT"})
        void withinTheToleranceBothEndsIncluded(String answer, QuestionOutcome outcome) {
            assertThat(only(grade(key, Map.of(id(1), Answer.Number.of(answer)))).outcome()).isEqualTo(outcome);
        }

        @Test
        void aNegativeToleranceIsRefused() {
            assertThatNamcException(() -> new QuestionSpec.Numeric(BigDecimal.ONE, new BigDecimal("-0.1")))
                    .hasViolation("tolerance", "range");
        }
    }

    @Nested
    class ShortText {
        private final GradingKey key = key(Questions.text(1, "2", "Crème brûlée", "creme brulee custard"));

        @ParameterizedTest(name = "\"{0}\" -> {1}")
        @CsvSource(delimiter = '|', value = {"Crème brûlée|CORRECT", "  creme   BRULEE |CORRECT",
                "CRÈME\tBRÛLÉE|CORRECT", "creme brulee custard|CORRECT", "crème|INCORRECT", "cremebrulee|INCORRECT"})
        void matchesAlternativesIgnoringCaseWhitespaceAndAccents(String answer, QuestionOutcome outcome) {
            assertThat(only(grade(key, Map.of(id(1), new Answer.Text(answer)))).outcome()).isEqualTo(outcome);
        }

        @Test
        void blankTextIsUnansweredAndOverlongTextRefused() {
            assertThat(only(grade(key, Map.of(id(1), new Answer.Text("   ")))).outcome())
                    .isEqualTo(QuestionOutcome.UNANSWERED);
            assertThatNamcException(() -> grade(key, Map.of(id(1), new Answer.Text("x".repeat(10_001)))))
                    .hasViolation("answers[" + id(1) + "]", "max-length");
        }

        @Test
        void normalisationIsIdempotent() {
            String once = TextMatching.normalise("  Ça   GÊNE\u00A0l'Œuvre ");
            assertThat(TextMatching.normalise(once)).isEqualTo(once).isEqualTo("ca gene l'œuvre");
        }
    }

    @Nested
    class Essay {
        private final GradingKey key = key(Questions.essay(1, "10"), Questions.trueFalse(2, "10", true));

        @Test
        void awaitsReviewAndCannotPassUntilGraded() {
            GradeReport report = grade(key, Map.of(id(1), new Answer.Text("Because..."), id(2),
                    new Answer.TrueOrFalse(true)));
            assertThat(report.awaitingReview()).isTrue();
            assertThat(report.passed()).isFalse();
            assertThat(report.questions().get(0).earned()).isNull();
            assertThat(report.score()).isEqualByComparingTo("10");
        }

        @Test
        void anInstructorsPointsCount() {
            GradeReport report = Grader.grade(key, Map.of(id(1), new Answer.Text("Because..."), id(2),
                    new Answer.TrueOrFalse(true)), Map.of(id(1), new BigDecimal("6.5")));
            assertThat(report.awaitingReview()).isFalse();
            assertThat(report.questions().get(0).outcome()).isEqualTo(QuestionOutcome.REVIEWED);
            assertThat(report.score()).isEqualByComparingTo("16.5");
            assertThat(report.percent()).isEqualByComparingTo("82.50");
            assertThat(report.passed()).isTrue();
        }

        @Test
        void reviewPointsMustFitTheQuestion() {
            assertThatNamcException(() -> Grader.grade(key, Map.of(), Map.of(id(1), new BigDecimal("11"))))
                    .hasViolation("reviewedPoints[" + id(1) + "]", "range");
            assertThatNamcException(() -> Grader.grade(key, Map.of(), Map.of(id(2), BigDecimal.ONE)))
                    .hasViolation("reviewedPoints[" + id(2) + "]", "essay-question");
        }

        @Test
        void anEmptyEssayNeedsNoReview() {
            GradeReport report = grade(key, Map.of(id(1), new Answer.Text("")));
            assertThat(report.awaitingReview()).isFalse();
            assertThat(report.questions().get(0).outcome()).isEqualTo(QuestionOutcome.UNANSWERED);
        }
    }

    @Nested
    class Totals {
        private final GradingKey key = new GradingKey(3, List.of(Questions.single(1, "1", "a"),
                Questions.trueFalse(2, "1", true), Questions.numeric(3, "1", "3", "0")), new BigDecimal("66.67"));

        @Test
        void percentRoundsDownSoPassingMatchesTheExactShare() {
            GradeReport twoOfThree = grade(key, Map.of(id(1), new Answer.Choice("a"), id(2),
                    new Answer.TrueOrFalse(true)));
            assertThat(twoOfThree.percent()).isEqualByComparingTo("66.66"); // exactly 66.666...
            assertThat(twoOfThree.passed()).isFalse();
            assertThat(twoOfThree.version()).isEqualTo(3);
            assertThat(twoOfThree.maxScore()).isEqualByComparingTo("3");
        }

        @Test
        void answersToAnotherAssessmentsQuestionsAreRefused() {
            Map<QuestionId, Answer> answers = new HashMap<>();
            answers.put(id(1), new Answer.Choice("a"));
            answers.put(id(99), new Answer.Choice("a"));
            assertThatNamcException(() -> grade(key, answers))
                    .hasViolation("answers[" + id(99) + "]", "unknown-question");
        }

        @Test
        void everyBadAnswerIsReportedAtOnce() {
            assertThatNamcException(() -> grade(key, Map.of(id(1), new Answer.Choice("q"), id(2),
                    new Answer.Text("yes"), id(7), new Answer.TrueOrFalse(true))))
                    .hasViolationOn("answers[" + id(1) + "]", "answers[" + id(2) + "]", "answers[" + id(7) + "]");
        }

        @Test
        void noAnswersAtAllScoreZero() {
            GradeReport report = grade(key, Map.of());
            assertThat(report.score()).isEqualByComparingTo("0");
            assertThat(report.percent()).isEqualByComparingTo("0");
            assertThat(report.questions()).extracting(QuestionResult::outcome).containsOnly(QuestionOutcome.UNANSWERED);
        }

        @Test
        void aKeyNeedsDistinctQuestions() {
            assertThatNamcException(() -> key(Questions.single(1, "1", "a"), Questions.single(1, "2", "b")))
                    .hasViolation("questions", "distinct");
            assertThatNamcException(() -> new GradingKey(1, List.of(), BigDecimal.TEN))
                    .hasViolation("questions", "required");
        }
    }
}
