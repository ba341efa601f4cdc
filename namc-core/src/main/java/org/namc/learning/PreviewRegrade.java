package org.namc.learning;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.namc.learning.domain.AssessmentId;

/** Replays every submitted attempt against {@code toVersion} without changing anything. */
public record PreviewRegrade(@NotNull AssessmentId assessmentId, @Min(1) int toVersion) {
}
