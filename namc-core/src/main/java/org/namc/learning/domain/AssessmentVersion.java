package org.namc.learning.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.namc.learning.grading.GradingKey;
import org.namc.learning.grading.Option;
import org.namc.learning.grading.Question;
import org.namc.learning.grading.QuestionId;

/**
 * One version of an assessment's questions and answer key. Changing the key makes a new
 * version; attempts remember the version they were graded on, and a regrade replays them
 * against a later one.
 */
public record AssessmentVersion(int number, List<Question> questions, Instant createdAt) {
    public AssessmentVersion {
        Objects.requireNonNull(createdAt, "createdAt");
        questions = List.copyOf(questions);
        new GradingKey(number, questions, BigDecimal.ZERO); // the key's own rules: questions present and distinct
    }

    public GradingKey gradingKey(BigDecimal passingPercent) {
        return new GradingKey(number, questions, passingPercent);
    }

    /**
     * Whether attempts on this version can be replayed against {@code later}: the same
     * questions, of the same kinds, offering the same options. Only keys, points and texts
     * may differ, so every stored answer still fits.
     */
    public boolean isRegradeCompatibleWith(AssessmentVersion later) {
        Map<QuestionId, Question> mine = byId(questions);
        Map<QuestionId, Question> theirs = byId(later.questions);
        if (!mine.keySet().equals(theirs.keySet())) {
            return false;
        }
        return mine.values().stream().allMatch(q -> {
            Question other = theirs.get(q.id());
            return q.spec().getClass() == other.spec().getClass() && optionIds(q).equals(optionIds(other));
        });
    }

    private static Map<QuestionId, Question> byId(List<Question> questions) {
        return questions.stream().collect(Collectors.toMap(Question::id, Function.identity()));
    }

    private static Set<String> optionIds(Question question) {
        return question.spec().options().stream().map(Option::id).collect(Collectors.toSet());
    }
}
