package org.namc.learning.domain;

import java.util.Objects;
import java.util.UUID;
import org.namc.shared.domain.Ids;

/** The identity of a course. */
public record CourseId(UUID value) {
    public CourseId {
        Objects.requireNonNull(value, "value");
    }

    public static CourseId of(String value) {
        return new CourseId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
