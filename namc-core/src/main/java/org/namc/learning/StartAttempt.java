package org.namc.learning;

import jakarta.validation.constraints.NotNull;
import org.namc.learning.domain.AssessmentId;
import org.namc.shared.domain.MemberId;

public record StartAttempt(@NotNull MemberId memberId, @NotNull AssessmentId assessmentId) {
}
