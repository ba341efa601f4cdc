package org.namc.learning.domain;

import java.util.Objects;
import java.util.UUID;
import org.namc.shared.domain.Ids;

/** The identity of a assessment. */
public record AssessmentId(UUID value) {
    public AssessmentId {
        Objects.requireNonNull(value, "value");
    }

    public static AssessmentId of(String value) {
        return new AssessmentId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
