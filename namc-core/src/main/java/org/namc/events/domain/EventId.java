package org.namc.events.domain;

import java.util.Objects;
import java.util.UUID;
import org.namc.shared.domain.Ids;

public record EventId(UUID value) {
    public EventId {
        Objects.requireNonNull(value, "value");
    }

    public static EventId of(String value) {
        return new EventId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
