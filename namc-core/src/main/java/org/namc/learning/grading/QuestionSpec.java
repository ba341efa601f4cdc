package org.namc.learning.grading;

import org.namc.shared.domain.ViolationRule;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.Violations;

/** What kind of question it is, and its answer key. */
public sealed interface QuestionSpec {
    int MAX_OPTIONS = 20;

    /** The answer that earns full points; none for an essay, which an instructor grades. */
    @Nullable Answer correctAnswer();

    /** The key as a person reads it, for feedback when correct answers are shown. */
    String correctAnswerText();

    /** Whether {@code answer} is of the kind this question takes. */
    boolean accepts(Answer answer);

    /** The options, for choice questions; empty otherwise. */
    default List<Option> options() {
        return List.of();
    }

    record SingleChoice(List<Option> options, String correctOptionId) implements QuestionSpec {
        public SingleChoice {
            options = checkedOptions(options);
            Set<String> ids = ids(options);
            Violations.collect()
                    .check(correctOptionId != null && ids.contains(correctOptionId), "correctOptionId",
                            "known-option", "must be one of the options")
                    .throwIfAny();
        }

        @Override
        public Answer correctAnswer() {
            return new Answer.Choice(correctOptionId);
        }

        @Override
        public String correctAnswerText() {
            return textOf(options, Set.of(correctOptionId));
        }

        @Override
        public boolean accepts(Answer answer) {
            return answer instanceof Answer.Choice;
        }
    }

    record MultipleChoice(List<Option> options, Set<String> correctOptionIds, MultipleChoiceScoring scoring)
            implements QuestionSpec {
        public MultipleChoice {
            options = checkedOptions(options);
            Objects.requireNonNull(scoring, "scoring");
            Set<String> ids = ids(options);
            Violations.collect()
                    .check(correctOptionIds != null && !correctOptionIds.isEmpty(), "correctOptionIds", ViolationRule.REQUIRED,
                            "at least one option must be correct")
                    .check(correctOptionIds == null || ids.containsAll(correctOptionIds), "correctOptionIds",
                            "known-option", "must all be options of the question")
                    .throwIfAny();
            correctOptionIds = Set.copyOf(correctOptionIds);
        }

        public static MultipleChoice partialCredit(List<Option> options, String... correct) {
            return new MultipleChoice(options, Set.of(correct), MultipleChoiceScoring.PARTIAL_CREDIT);
        }

        @Override
        public Answer correctAnswer() {
            // In option order, so the same key always yields the same answer.
            return new Answer.Choices(options.stream().map(Option::id).filter(correctOptionIds::contains).toList());
        }

        @Override
        public String correctAnswerText() {
            return textOf(options, correctOptionIds);
        }

        @Override
        public boolean accepts(Answer answer) {
            return answer instanceof Answer.Choices;
        }

        int incorrectOptionCount() {
            return options.size() - correctOptionIds.size();
        }
    }

    record TrueFalse(boolean correct) implements QuestionSpec {
        @Override
        public Answer correctAnswer() {
            return new Answer.TrueOrFalse(correct);
        }

        @Override
        public String correctAnswerText() {
            return correct ? "true" : "false";
        }

        @Override
        public boolean accepts(Answer answer) {
            return answer instanceof Answer.TrueOrFalse;
        }
    }

    /** Correct when the answer lies within {@code tolerance} of {@code expected}, both ends included. */
    record Numeric(BigDecimal expected, BigDecimal tolerance) implements QuestionSpec {
        public Numeric {
            Violations.collect()
                    .required(expected, "expected")
                    .check(tolerance != null && tolerance.signum() >= 0, "tolerance", ViolationRule.RANGE, "must be 0 or more")
                    .throwIfAny();
        }

        public static Numeric exactly(String expected) {
            return new Numeric(new BigDecimal(expected), BigDecimal.ZERO);
        }

        @Override
        public Answer correctAnswer() {
            return new Answer.Number(expected);
        }

        @Override
        public String correctAnswerText() {
            return tolerance.signum() == 0 ? expected.toPlainString()
                    : expected.toPlainString() + " ± " + tolerance.toPlainString();
        }

        @Override
        public boolean accepts(Answer answer) {
            return answer instanceof Answer.Number;
        }

        boolean isCorrect(BigDecimal value) {
            return value.subtract(expected).abs().compareTo(tolerance) <= 0;
        }
    }

    /** Correct when the answer matches any accepted alternative after {@link TextMatching#normalise}. */
    record ShortText(List<String> acceptedAnswers) implements QuestionSpec {
        public ShortText {
            Violations.collect()
                    .check(acceptedAnswers != null && !acceptedAnswers.isEmpty(), "acceptedAnswers", ViolationRule.REQUIRED,
                            "at least one answer must be accepted")
                    .maxSize(acceptedAnswers, "acceptedAnswers", 20)
                    .check(acceptedAnswers == null || acceptedAnswers.stream()
                                    .allMatch(a -> a != null && !a.isBlank() && a.length() <= 500),
                            "acceptedAnswers", ViolationRule.FORMAT, "each must be 1 to 500 characters")
                    .throwIfAny();
            acceptedAnswers = List.copyOf(acceptedAnswers);
        }

        public static ShortText accepting(String... answers) {
            return new ShortText(List.of(answers));
        }

        @Override
        public Answer correctAnswer() {
            return new Answer.Text(acceptedAnswers.get(0));
        }

        @Override
        public String correctAnswerText() {
            return String.join(" / ", acceptedAnswers);
        }

        @Override
        public boolean accepts(Answer answer) {
            return answer instanceof Answer.Text;
        }

        boolean isCorrect(String answer) {
            String given = TextMatching.normalise(answer);
            return acceptedAnswers.stream().anyMatch(a -> TextMatching.normalise(a).equals(given));
        }
    }

    /** Graded by an instructor; {@code rubric} tells them how. */
    record Essay(@Nullable String rubric) implements QuestionSpec {
        public Essay {
            Violations.collect().maxLength(rubric, "rubric", 5_000).throwIfAny();
        }

        @Override
        public @Nullable Answer correctAnswer() {
            return null;
        }

        @Override
        public String correctAnswerText() {
            return rubric == null ? "graded by an instructor" : rubric;
        }

        @Override
        public boolean accepts(Answer answer) {
            return answer instanceof Answer.Text;
        }
    }

    private static List<Option> checkedOptions(@Nullable List<Option> options) {
        Violations.collect()
                .check(options != null && options.size() >= 2, "options", ViolationRule.MIN_SIZE, "must offer at least 2 options")
                .maxSize(options, "options", MAX_OPTIONS)
                .check(options == null || ids(options).size() == options.size(), "options", "distinct",
                        "option ids must be distinct")
                .throwIfAny();
        return List.copyOf(options);
    }

    private static Set<String> ids(List<Option> options) {
        Set<String> ids = new HashSet<>();
        options.forEach(o -> ids.add(o.id()));
        return ids;
    }

    private static String textOf(List<Option> options, Set<String> chosen) {
        return options.stream().filter(o -> chosen.contains(o.id())).map(Option::text)
                .collect(Collectors.joining("; "));
    }
}
