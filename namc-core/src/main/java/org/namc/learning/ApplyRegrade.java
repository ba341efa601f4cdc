package org.namc.learning;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.namc.learning.domain.AssessmentId;

/**
 * Applies the regrade previewed with this {@code fingerprint}; refused with {@code CONFLICT}
 * when attempts changed since the preview, so what is applied is what was reviewed.
 */
public record ApplyRegrade(@NotNull AssessmentId assessmentId, @Min(1) int toVersion, @NotBlank String fingerprint) {
}
