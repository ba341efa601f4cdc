package org.namc.projects.domain;

import java.util.Objects;
import java.util.UUID;
import org.namc.shared.domain.Ids;

/** The identity of a member's application to a project. */
public record ApplicationId(UUID value) {
    public ApplicationId {
        Objects.requireNonNull(value, "value");
    }

    public static ApplicationId of(String value) {
        return new ApplicationId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
