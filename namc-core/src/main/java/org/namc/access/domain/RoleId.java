package org.namc.access.domain;

import java.util.Objects;
import java.util.UUID;

public record RoleId(UUID value) {
    public RoleId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
