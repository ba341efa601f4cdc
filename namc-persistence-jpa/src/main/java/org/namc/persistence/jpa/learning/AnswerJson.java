package org.namc.persistence.jpa.learning;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.namc.learning.grading.Answer;

/**
 * One answer in {@code assessment_submissions.answers} (an object keyed by question id):
 * {@code {"type": "choice" | "true_or_false" | "number" | "text", "value": "..."}} or
 * {@code {"type": "choices", "option_ids": [...]}}. Numbers are strings, exact to their scale.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AnswerJson(String type, @Nullable String value, @Nullable List<String> optionIds) {
    static AnswerJson of(Answer answer) {
        if (answer instanceof Answer.Choice c) {
            return new AnswerJson("choice", c.optionId(), null);
        }
        if (answer instanceof Answer.Choices c) {
            return new AnswerJson("choices", null, c.optionIds());
        }
        if (answer instanceof Answer.TrueOrFalse t) {
            return new AnswerJson("true_or_false", Boolean.toString(t.value()), null);
        }
        if (answer instanceof Answer.Number n) {
            return new AnswerJson("number", n.value().toString(), null);
        }
        return new AnswerJson("text", ((Answer.Text) answer).value(), null);
    }

    Answer toDomain() {
        return switch (type) {
            case "choice" -> new Answer.Choice(required(value));
            case "choices" -> new Answer.Choices(required(optionIds));
            case "true_or_false" -> new Answer.TrueOrFalse(Boolean.parseBoolean(required(value)));
            case "number" -> new Answer.Number(new BigDecimal(required(value)));
            case "text" -> new Answer.Text(required(value));
            default -> throw new IllegalStateException("unknown answer type " + type);
        };
    }

    private <T> T required(@Nullable T part) {
        if (part == null) {
            throw new IllegalStateException("an answer of type " + type + " lacks its value");
        }
        return part;
    }
}
