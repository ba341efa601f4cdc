package org.namc.learning.grading;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Questions for the grading tests, with readable, deterministic ids. */
final class Questions {
    static final List<Option> ABCD = List.of(Option.of("a", "Alpha"), Option.of("b", "Bravo"), Option.of("c", "Charlie"),
            Option.of("d", "Delta"));

    private Questions() {
    }

    static QuestionId id(long n) {
        return new QuestionId(new UUID(0x5155455354L, n));
    }

    static Question single(long n, String points, String correct) {
        return Question.of(id(n), "Pick one", points, new QuestionSpec.SingleChoice(ABCD, correct));
    }

    static Question multiple(long n, String points, String... correct) {
        return Question.of(id(n), "Pick all that apply", points,
                new QuestionSpec.MultipleChoice(ABCD, Set.of(correct), MultipleChoiceScoring.PARTIAL_CREDIT));
    }

    static Question allOrNothing(long n, String points, String... correct) {
        return Question.of(id(n), "Pick all that apply", points,
                new QuestionSpec.MultipleChoice(ABCD, Set.of(correct), MultipleChoiceScoring.ALL_OR_NOTHING));
    }

    static Question trueFalse(long n, String points, boolean correct) {
        return Question.of(id(n), "True or false?", points, new QuestionSpec.TrueFalse(correct));
    }

    static Question numeric(long n, String points, String expected, String tolerance) {
        return Question.of(id(n), "How many?", points,
                new QuestionSpec.Numeric(new BigDecimal(expected), new BigDecimal(tolerance)));
    }

    static Question text(long n, String points, String... accepted) {
        return Question.of(id(n), "Name it", points, QuestionSpec.ShortText.accepting(accepted));
    }

    static Question essay(long n, String points) {
        return Question.of(id(n), "Explain", points, new QuestionSpec.Essay("clarity and accuracy"));
    }

    static GradingKey key(Question... questions) {
        return new GradingKey(1, List.of(questions), new BigDecimal("70"));
    }
}
