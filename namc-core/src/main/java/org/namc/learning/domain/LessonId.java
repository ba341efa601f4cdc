package org.namc.learning.domain;

import java.util.Objects;
import java.util.UUID;
import org.namc.shared.domain.Ids;

/** The identity of a lesson. */
public record LessonId(UUID value) {
    public LessonId {
        Objects.requireNonNull(value, "value");
    }

    public static LessonId of(String value) {
        return new LessonId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
