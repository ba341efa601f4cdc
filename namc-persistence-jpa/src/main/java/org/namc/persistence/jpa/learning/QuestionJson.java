package org.namc.persistence.jpa.learning;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.namc.learning.grading.MultipleChoiceScoring;
import org.namc.learning.grading.Option;
import org.namc.learning.grading.Question;
import org.namc.learning.grading.QuestionId;
import org.namc.learning.grading.QuestionSpec;

/**
 * One question in {@code assessments.questions} and {@code versions}: the common fields, a
 * {@code type} ({@code single_choice}, {@code multiple_choice}, {@code true_false},
 * {@code numeric}, {@code short_text}, {@code essay}) and only the key fields of that type.
 * Decimals are strings, so they come back with their scale.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record QuestionJson(UUID id, String prompt, String points, @Nullable String explanation, String type,
                    @Nullable List<OptionJson> options, @Nullable String correctOptionId,
                    @Nullable List<String> correctOptionIds, @Nullable MultipleChoiceScoring scoring,
                    @Nullable Boolean correct, @Nullable String expected, @Nullable String tolerance,
                    @Nullable List<String> acceptedAnswers, @Nullable String rubric) {
    record OptionJson(String id, String text) {
    }

    static QuestionJson of(Question q) {
        QuestionSpec spec = q.spec();
        QuestionJson common = new QuestionJson(q.id().value(), q.prompt(), q.points().toString(), q.explanation(),
                "essay", null, null, null, null, null, null, null, null, null);
        if (spec instanceof QuestionSpec.SingleChoice s) {
            return common.keyed("single_choice", options(s.options()), s.correctOptionId(), null, null, null, null,
                    null, null, null);
        }
        if (spec instanceof QuestionSpec.MultipleChoice m) {
            // In option order, so the same key always writes the same document.
            List<String> correct = m.options().stream().map(Option::id).filter(m.correctOptionIds()::contains).toList();
            return common.keyed("multiple_choice", options(m.options()), null, correct, m.scoring(), null, null, null,
                    null, null);
        }
        if (spec instanceof QuestionSpec.TrueFalse t) {
            return common.keyed("true_false", null, null, null, null, t.correct(), null, null, null, null);
        }
        if (spec instanceof QuestionSpec.Numeric n) {
            return common.keyed("numeric", null, null, null, null, null, n.expected().toString(),
                    n.tolerance().toString(), null, null);
        }
        if (spec instanceof QuestionSpec.ShortText t) {
            return common.keyed("short_text", null, null, null, null, null, null, null, t.acceptedAnswers(), null);
        }
        QuestionSpec.Essay essay = (QuestionSpec.Essay) spec;
        return common.keyed("essay", null, null, null, null, null, null, null, null, essay.rubric());
    }

    Question toDomain() {
        return new Question(new QuestionId(id), prompt, new BigDecimal(points), spec(), explanation);
    }

    private QuestionSpec spec() {
        return switch (type) {
            case "single_choice" -> new QuestionSpec.SingleChoice(domainOptions(), required(correctOptionId));
            case "multiple_choice" -> new QuestionSpec.MultipleChoice(domainOptions(),
                    Set.copyOf(required(correctOptionIds)), required(scoring));
            case "true_false" -> new QuestionSpec.TrueFalse(required(correct));
            case "numeric" -> new QuestionSpec.Numeric(new BigDecimal(required(expected)),
                    new BigDecimal(required(tolerance)));
            case "short_text" -> new QuestionSpec.ShortText(required(acceptedAnswers));
            case "essay" -> new QuestionSpec.Essay(rubric);
            default -> throw new IllegalStateException("unknown question type " + type);
        };
    }

    private QuestionJson keyed(String kind, @Nullable List<OptionJson> opts, @Nullable String correctId,
                               @Nullable List<String> correctIds, @Nullable MultipleChoiceScoring how,
                               @Nullable Boolean isTrue, @Nullable String expectedValue,
                               @Nullable String toleranceValue, @Nullable List<String> accepted,
                               @Nullable String rubricText) {
        return new QuestionJson(id, prompt, points, explanation, kind, opts, correctId, correctIds, how, isTrue,
                expectedValue, toleranceValue, accepted, rubricText);
    }

    private static List<OptionJson> options(List<Option> options) {
        return options.stream().map(o -> new OptionJson(o.id(), o.text())).toList();
    }

    private List<Option> domainOptions() {
        return required(options).stream().map(o -> new Option(o.id(), o.text())).toList();
    }

    private <T> T required(@Nullable T value) {
        if (value == null) {
            throw new IllegalStateException("question " + id + " of type " + type + " lacks part of its key");
        }
        return value;
    }
}
