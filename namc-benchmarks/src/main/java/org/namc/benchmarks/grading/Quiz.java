package org.namc.benchmarks.grading;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.ArrayList;
import org.namc.learning.grading.Answer;
import org.namc.learning.grading.GradingKey;
import org.namc.learning.grading.MultipleChoiceScoring;
import org.namc.learning.grading.Option;
import org.namc.learning.grading.Question;
import org.namc.learning.grading.QuestionId;
import org.namc.learning.grading.QuestionSpec;

/**
 * A 50-question quiz of every auto-graded kind (15 single choice, 10 multiple choice with
 * partial credit, 10 true/false, 5 numeric, 10 short text with alternatives) and a learner's
 * answers: mostly right, some wrong, some partly right, a few left blank.
 */
final class Quiz {
    final GradingKey key;
    final Map<QuestionId, Answer> answers = new HashMap<>();

    Quiz() {
        List<Question> questions = new ArrayList<>();
        List<Option> four = List.of(Option.of("a", "Alpha"), Option.of("b", "Bravo"), Option.of("c", "Charlie"),
                Option.of("d", "Delta"));
        List<Option> five = List.of(Option.of("a", "Anchor bolts"), Option.of("b", "Rebar"), Option.of("c", "Lumber"),
                Option.of("d", "Conduit"), Option.of("e", "Flashing"));
        String[] points = {"2", "1.5", "3.33", "1", "2.25"};
        for (int i = 0; i < 50; i++) {
            QuestionId id = new QuestionId(new UUID(0x5EED, i));
            String worth = points[i % points.length];
            QuestionSpec spec;
            Answer answer;
            if (i < 15) {
                spec = new QuestionSpec.SingleChoice(four, "c");
                answer = new Answer.Choice(i % 4 == 0 ? "a" : "c");
            } else if (i < 25) {
                spec = new QuestionSpec.MultipleChoice(five, java.util.Set.of("b", "d"),
                        MultipleChoiceScoring.PARTIAL_CREDIT);
                answer = switch (i % 3) {
                    case 0 -> Answer.Choices.of("d", "b");
                    case 1 -> Answer.Choices.of("b", "e");
                    default -> Answer.Choices.of("b");
                };
            } else if (i < 35) {
                spec = new QuestionSpec.TrueFalse(i % 2 == 0);
                answer = new Answer.TrueOrFalse(i % 5 != 0);
            } else if (i < 40) {
                spec = new QuestionSpec.Numeric(new BigDecimal("9.81"), new BigDecimal("0.05"));
                answer = Answer.Number.of(i % 2 == 0 ? "9.8" : "10.2");
            } else {
                spec = QuestionSpec.ShortText.accepting("Café crème", "Cafe au lait", "Flat white");
                answer = new Answer.Text(i % 3 == 0 ? "  CAFE   CREME " : i % 3 == 1 ? "espresso" : "flat  white");
            }
            questions.add(new Question(id, "Question " + (i + 1), new BigDecimal(worth), spec, null));
            if (i % 17 != 16) {
                answers.put(id, answer);
            }
        }
        key = new GradingKey(1, questions, new BigDecimal("70"));
    }
}
