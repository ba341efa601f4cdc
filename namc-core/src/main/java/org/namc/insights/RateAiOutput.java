package org.namc.insights;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.namc.insights.domain.AiInteractionId;

/** The member's verdict on an output shown to them: 1 (useless) to 5 (spot on), with optional flags. */
public record RateAiOutput(@NotNull AiInteractionId interactionId, @Min(1) @Max(5) int rating,
                           @Size(max = 2000) @Nullable String feedbackText, @Nullable Boolean accurate,
                           @Nullable Boolean helpful) {
}
