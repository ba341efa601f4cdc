package org.namc.learning.domain;

import java.util.Objects;
import java.util.UUID;
import org.namc.shared.domain.Ids;

/** The identity of a course module. */
public record ModuleId(UUID value) {
    public ModuleId {
        Objects.requireNonNull(value, "value");
    }

    public static ModuleId of(String value) {
        return new ModuleId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
