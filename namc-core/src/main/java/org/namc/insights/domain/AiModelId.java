package org.namc.insights.domain;

import java.util.Objects;
import java.util.UUID;
import org.namc.shared.domain.Ids;

public record AiModelId(UUID value) {
    public AiModelId {
        Objects.requireNonNull(value, "value");
    }

    public static AiModelId of(String value) {
        return new AiModelId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
