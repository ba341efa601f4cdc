package org.namc.learning.grading;

import java.util.Objects;
import java.util.UUID;
import org.namc.shared.domain.Ids;

/**
 * A question's identity, unique across all assessments and kept across versions, so that an
 * answer names exactly one question and a regrade can match answers to the revised key.
 */
public record QuestionId(UUID value) {
    public QuestionId {
        Objects.requireNonNull(value, "value");
    }

    public static QuestionId of(String value) {
        return new QuestionId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
