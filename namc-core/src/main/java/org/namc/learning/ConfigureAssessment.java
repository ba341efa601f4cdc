package org.namc.learning;

import jakarta.validation.constraints.NotNull;
import org.namc.learning.domain.AssessmentId;
import org.namc.learning.domain.AssessmentProfile;
import org.namc.learning.domain.AssessmentSettings;

/**
 * Replaces an assessment's profile and settings. Attempts already started keep the window
 * they started with.
 */
public record ConfigureAssessment(@NotNull AssessmentId assessmentId, @NotNull AssessmentProfile profile,
                                  @NotNull AssessmentSettings settings) {
}
