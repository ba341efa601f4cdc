package org.namc.learning.domain;

import java.util.Objects;
import java.util.UUID;
import org.namc.shared.domain.Ids;

/** The identity of a enrolment. */
public record EnrollmentId(UUID value) {
    public EnrollmentId {
        Objects.requireNonNull(value, "value");
    }

    public static EnrollmentId of(String value) {
        return new EnrollmentId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
