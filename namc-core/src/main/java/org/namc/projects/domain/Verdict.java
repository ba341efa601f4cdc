package org.namc.projects.domain;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Violations;

/** How a review ended: the decision, its reason, when and by whom. */
public record Verdict(ApplicationDecision decision, String reason, Instant decidedAt, @Nullable MemberId decidedBy) {
    public Verdict {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Violations.collect().notBlank(reason, "reason", 2_000).throwIfAny();
        reason = reason.strip();
    }
}
