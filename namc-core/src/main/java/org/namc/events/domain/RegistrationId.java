package org.namc.events.domain;

import java.util.Objects;
import java.util.UUID;
import org.namc.shared.domain.Ids;

public record RegistrationId(UUID value) {
    public RegistrationId {
        Objects.requireNonNull(value, "value");
    }

    public static RegistrationId of(String value) {
        return new RegistrationId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
