package org.namc.projects.matching;

import java.util.Objects;

/** A hard requirement a member does not meet, and the sentence that says so. */
public record Ineligibility(Criterion criterion, String reason) {
    public Ineligibility {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return reason;
    }
}
