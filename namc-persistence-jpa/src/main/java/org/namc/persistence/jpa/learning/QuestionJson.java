package org.namc.persistence.jpa.learning;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
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
 * One question in {@code assessments.questions} and {@code versions}:
 * {@code {id, prompt, points, explanation, spec: {type, ...its key}}}. Decimals are strings,
 * so they come back with the scale they were written with.
 */
record QuestionJson(UUID id, String prompt, String points, @Nullable String explanation, Spec spec) {
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = SingleChoice.class, name = "single_choice"),
            @JsonSubTypes.Type(value = MultipleChoice.class, name = "multiple_choice"),
            @JsonSubTypes.Type(value = TrueFalse.class, name = "true_false"),
            @JsonSubTypes.Type(value = Numeric.class, name = "numeric"),
            @JsonSubTypes.Type(value = ShortText.class, name = "short_text"),
            @JsonSubTypes.Type(value = Essay.class, name = "essay")})
    sealed interface Spec {
        QuestionSpec toDomain();
    }

    record OptionJson(String id, String text) {
    }

    record SingleChoice(List<OptionJson> options, String correctOptionId) implements Spec {
        @Override
        public QuestionSpec toDomain() {
            return new QuestionSpec.SingleChoice(domainOptions(options), correctOptionId);
        }
    }

    /** The correct options in option order, so the same key always writes the same document. */
    record MultipleChoice(List<OptionJson> options, List<String> correctOptionIds, MultipleChoiceScoring scoring)
            implements Spec {
        @Override
        public QuestionSpec toDomain() {
            return new QuestionSpec.MultipleChoice(domainOptions(options), Set.copyOf(correctOptionIds), scoring);
        }
    }

    record TrueFalse(boolean correct) implements Spec {
        @Override
        public QuestionSpec toDomain() {
            return new QuestionSpec.TrueFalse(correct);
        }
    }

    record Numeric(String expected, String tolerance) implements Spec {
        @Override
        public QuestionSpec toDomain() {
            return new QuestionSpec.Numeric(new BigDecimal(expected), new BigDecimal(tolerance));
        }
    }

    record ShortText(List<String> acceptedAnswers) implements Spec {
        @Override
        public QuestionSpec toDomain() {
            return new QuestionSpec.ShortText(acceptedAnswers);
        }
    }

    record Essay(@Nullable String rubric) implements Spec {
        @Override
        public QuestionSpec toDomain() {
            return new QuestionSpec.Essay(rubric);
        }
    }

    static QuestionJson of(Question q) {
        return new QuestionJson(q.id().value(), q.prompt(), q.points().toString(), q.explanation(), spec(q.spec()));
    }

    Question toDomain() {
        return new Question(new QuestionId(id), prompt, new BigDecimal(points), spec.toDomain(), explanation);
    }

    private static Spec spec(QuestionSpec spec) {
        if (spec instanceof QuestionSpec.SingleChoice s) {
            return new SingleChoice(options(s.options()), s.correctOptionId());
        }
        if (spec instanceof QuestionSpec.MultipleChoice m) {
            return new MultipleChoice(options(m.options()),
                    m.options().stream().map(Option::id).filter(m.correctOptionIds()::contains).toList(), m.scoring());
        }
        if (spec instanceof QuestionSpec.TrueFalse t) {
            return new TrueFalse(t.correct());
        }
        if (spec instanceof QuestionSpec.Numeric n) {
            return new Numeric(n.expected().toString(), n.tolerance().toString());
        }
        if (spec instanceof QuestionSpec.ShortText t) {
            return new ShortText(t.acceptedAnswers());
        }
        return new Essay(((QuestionSpec.Essay) spec).rubric());
    }

    private static List<OptionJson> options(List<Option> options) {
        return options.stream().map(o -> new OptionJson(o.id(), o.text())).toList();
    }

    private static List<Option> domainOptions(List<OptionJson> options) {
        return options.stream().map(o -> new Option(o.id(), o.text())).toList();
    }
}
