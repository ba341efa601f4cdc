package org.namc.learning.grading;

import org.namc.shared.domain.ViolationRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.FieldViolation;
import org.namc.shared.domain.Violations;

/**
 * Grades answers against an assessment version. A pure function: the same key, answers and
 * instructor reviews always give the same report, whatever order the answers (or the
 * options within an answer) come in. Answers that do not fit the key (a question of another
 * assessment, an unknown option, the same option twice, the wrong kind of answer) are
 * refused with {@code VALIDATION_FAILED} naming {@code answers[<question id>]}.
 */
public final class Grader {
    public static final int MAX_TEXT_LENGTH = 10_000;
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private Grader() {
    }

    public static GradeReport grade(GradingKey key, Map<QuestionId, Answer> answers) {
        return grade(key, answers, Map.of());
    }

    /** @param reviewedPoints an instructor's points for essay questions, by question */
    public static GradeReport grade(GradingKey key, Map<QuestionId, Answer> answers,
                                    Map<QuestionId, BigDecimal> reviewedPoints) {
        Violations.collect().addAll(checkAnswers(key, answers)).addAll(checkReviews(key, reviewedPoints)).throwIfAny();
        List<QuestionResult> results = new ArrayList<>();
        for (Question question : key.questions()) {
            results.add(score(question, answers.get(question.id()), reviewedPoints.get(question.id())));
        }
        BigDecimal score = results.stream().map(QuestionResult::earnedOrZero).reduce(ZERO, BigDecimal::add);
        BigDecimal max = key.maxScore();
        boolean awaitingReview = results.stream().anyMatch(r -> r.outcome() == QuestionOutcome.AWAITING_REVIEW);
        BigDecimal percent = score.multiply(HUNDRED).divide(max, 2, RoundingMode.DOWN);
        boolean passed = !awaitingReview && percent.compareTo(key.passingPercent()) >= 0;
        return new GradeReport(key.version(), results, score, max, percent, passed, awaitingReview);
    }

    /** Every way {@code answers} does not fit {@code key}; empty when they fit. */
    public static List<FieldViolation> checkAnswers(GradingKey key, Map<QuestionId, Answer> answers) {
        Map<QuestionId, Question> questions = byId(key);
        Violations violations = Violations.collect();
        List<QuestionId> ids = new ArrayList<>(answers.keySet());
        violations.check(!ids.removeIf(Objects::isNull), "answers", ViolationRule.REQUIRED, "every answer must name its question");
        ids.sort(Comparator.comparing(QuestionId::toString)); // the same violations in the same order
        for (QuestionId id : ids) {
            String field = "answers[" + id + "]";
            Answer answer = answers.get(id);
            Question question = questions.get(id);
            if (question == null) {
                violations.check(false, field, "unknown-question", "is not a question of this assessment version");
            } else if (answer != null && !question.spec().accepts(answer)) {
                violations.check(false, field, "answer-type", "does not fit a "
                        + question.spec().getClass().getSimpleName() + " question");
            } else if (answer != null) {
                checkFit(question.spec(), answer, field, violations);
            }
        }
        return violations.list();
    }

    /** The key's questions by id, built once per grading rather than searched once per answer. */
    private static Map<QuestionId, Question> byId(GradingKey key) {
        Map<QuestionId, Question> questions = new HashMap<>(key.questions().size() * 2);
        key.questions().forEach(q -> questions.put(q.id(), q));
        return questions;
    }

    private static void checkFit(QuestionSpec spec, Answer answer, String field, Violations violations) {
        if (answer instanceof Answer.Choice choice && choice.isGiven()) {
            // A question has at most 20 options: a scan beats building a set per answer.
            boolean known = spec.options().stream().anyMatch(o -> o.id().equals(choice.optionId()));
            violations.check(known, field, "known-option",
                    "names an option the question does not have");
        } else if (answer instanceof Answer.Choices choices) {
            Set<String> options = new HashSet<>();
            spec.options().forEach(o -> options.add(o.id()));
            violations.check(new HashSet<>(choices.optionIds()).size() == choices.optionIds().size(), field,
                    "distinct", "selects the same option more than once");
            violations.check(options.containsAll(choices.optionIds()), field, "known-option",
                    "names an option the question does not have");
        } else if (answer instanceof Answer.Text text) {
            violations.maxLength(text.value(), field, MAX_TEXT_LENGTH);
        }
    }

    private static List<FieldViolation> checkReviews(GradingKey key, Map<QuestionId, BigDecimal> reviewedPoints) {
        Violations violations = Violations.collect();
        if (reviewedPoints.isEmpty()) {
            return violations.list();
        }
        Map<QuestionId, Question> questions = byId(key);
        reviewedPoints.forEach((id, points) -> {
            String field = "reviewedPoints[" + id + "]";
            Question question = questions.get(id);
            if (question == null || !(question.spec() instanceof QuestionSpec.Essay)) {
                violations.check(false, field, "essay-question", "only essay questions are graded by hand");
            } else {
                violations.check(points != null && points.signum() >= 0 && points.compareTo(question.points()) <= 0,
                                field, ViolationRule.RANGE, "must be between 0 and the question's " + question.points() + " points")
                        .check(points == null || points.stripTrailingZeros().scale() <= 2, field, "scale",
                                "must have at most 2 decimal places");
            }
        });
        return violations.list();
    }

    private static QuestionResult score(Question question, @Nullable Answer answer, @Nullable BigDecimal reviewed) {
        QuestionSpec spec = question.spec();
        if (spec instanceof QuestionSpec.Essay) {
            if (reviewed != null) {
                return result(question, QuestionOutcome.REVIEWED, reviewed.setScale(2),
                        "graded by an instructor: " + reviewed.setScale(2) + " of " + question.points());
            }
            if (answer == null || !answer.isGiven()) {
                return result(question, QuestionOutcome.UNANSWERED, ZERO, "not answered");
            }
            return result(question, QuestionOutcome.AWAITING_REVIEW, null, "awaiting an instructor's grade");
        }
        if (answer == null || !answer.isGiven()) {
            return result(question, QuestionOutcome.UNANSWERED, ZERO, "not answered");
        }
        if (spec instanceof QuestionSpec.MultipleChoice multiple) {
            return multipleChoice(question, multiple, (Answer.Choices) answer);
        }
        boolean correct = isCorrect(spec, answer);
        return correct ? result(question, QuestionOutcome.CORRECT, question.points(), "correct")
                : result(question, QuestionOutcome.INCORRECT, ZERO, "incorrect");
    }

    private static boolean isCorrect(QuestionSpec spec, Answer answer) {
        if (spec instanceof QuestionSpec.SingleChoice single) {
            return ((Answer.Choice) answer).optionId().equals(single.correctOptionId());
        }
        if (spec instanceof QuestionSpec.TrueFalse trueFalse) {
            return ((Answer.TrueOrFalse) answer).value() == trueFalse.correct();
        }
        if (spec instanceof QuestionSpec.Numeric numeric) {
            return numeric.isCorrect(((Answer.Number) answer).value());
        }
        if (spec instanceof QuestionSpec.ShortText text) {
            return text.isCorrect(((Answer.Text) answer).value());
        }
        throw new IllegalStateException("unhandled question kind " + spec.getClass().getSimpleName());
    }

    /** See {@link MultipleChoiceScoring#PARTIAL_CREDIT} for the rule. */
    private static QuestionResult multipleChoice(Question question, QuestionSpec.MultipleChoice spec,
                                                 Answer.Choices answer) {
        Set<String> selected = new HashSet<>(answer.optionIds());
        int k = spec.correctOptionIds().size();
        int w = spec.incorrectOptionCount();
        int c = (int) selected.stream().filter(spec.correctOptionIds()::contains).count();
        int e = selected.size() - c;
        if (c == k && e == 0) {
            return result(question, QuestionOutcome.CORRECT, question.points(), "correct");
        }
        String tally = c + " of " + k + " correct options chosen, " + e + " incorrect";
        if (spec.scoring() == MultipleChoiceScoring.ALL_OR_NOTHING) {
            return result(question, QuestionOutcome.INCORRECT, ZERO, "incorrect: " + tally);
        }
        // c/k - e/w as one fraction; e/w is 0 when no option is incorrect (w = 0).
        long numerator = w == 0 ? c : (long) c * w - (long) e * k;
        long denominator = w == 0 ? k : (long) k * w;
        if (numerator <= 0) {
            return result(question, QuestionOutcome.INCORRECT, ZERO, "incorrect: " + tally);
        }
        BigDecimal earned = question.points().multiply(BigDecimal.valueOf(numerator))
                .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.DOWN);
        return result(question, QuestionOutcome.PARTIALLY_CORRECT, earned, "partly correct: " + tally);
    }

    private static QuestionResult result(Question question, QuestionOutcome outcome, @Nullable BigDecimal earned,
                                         String feedback) {
        return new QuestionResult(question.id(), outcome, earned, question.points(), feedback,
                question.spec().correctAnswerText(), question.explanation());
    }
}
