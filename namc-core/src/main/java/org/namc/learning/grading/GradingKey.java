package org.namc.learning.grading;

import org.namc.shared.domain.ViolationRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.namc.shared.domain.Violations;

/**
 * An assessment version as the grader needs it: its number, its questions with their keys,
 * and the passing score in percent.
 */
public record GradingKey(int version, List<Question> questions, BigDecimal passingPercent) {
    public static final int MAX_QUESTIONS = 200;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public GradingKey {
        Violations.collect()
                .check(version >= 1, "version", ViolationRule.RANGE, "must be 1 or more")
                .check(questions != null && !questions.isEmpty(), "questions", ViolationRule.REQUIRED,
                        "an assessment needs at least one question")
                .maxSize(questions, "questions", MAX_QUESTIONS)
                .check(questions == null || distinctIds(questions), "questions", "distinct",
                        "question ids must be distinct")
                .check(passingPercent != null && passingPercent.signum() >= 0 && passingPercent.compareTo(HUNDRED) <= 0,
                        "passingPercent", ViolationRule.RANGE, "must be between 0 and 100")
                .check(passingPercent == null || passingPercent.stripTrailingZeros().scale() <= 2, "passingPercent",
                        "scale", "must have at most 2 decimal places")
                .throwIfAny();
        questions = List.copyOf(questions);
        passingPercent = passingPercent.setScale(2, RoundingMode.UNNECESSARY);
    }

    public Optional<Question> question(QuestionId id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    public BigDecimal maxScore() {
        return questions.stream().map(Question::points).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private static boolean distinctIds(List<Question> questions) {
        Set<QuestionId> seen = new HashSet<>();
        return questions.stream().allMatch(q -> seen.add(q.id()));
    }
}
