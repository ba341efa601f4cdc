package org.namc.projects.domain;

import java.util.Objects;
import java.util.UUID;
import org.namc.shared.domain.Ids;

/** The identity of a project opportunity. */
public record ProjectId(UUID value) {
    public ProjectId {
        Objects.requireNonNull(value, "value");
    }

    public static ProjectId of(String value) {
        return new ProjectId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
