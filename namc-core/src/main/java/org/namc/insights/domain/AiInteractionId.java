package org.namc.insights.domain;

import java.util.Objects;
import java.util.UUID;
import org.namc.shared.domain.Ids;

public record AiInteractionId(UUID value) {
    public AiInteractionId {
        Objects.requireNonNull(value, "value");
    }

    public static AiInteractionId of(String value) {
        return new AiInteractionId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
