package org.namc.learning.domain;

import java.util.Objects;
import java.util.UUID;
import org.namc.shared.domain.Ids;

/** The identity of a assessment attempt. */
public record AttemptId(UUID value) {
    public AttemptId {
        Objects.requireNonNull(value, "value");
    }

    public static AttemptId of(String value) {
        return new AttemptId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
