package org.namc.insights;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.namc.insights.domain.AiModelType;
import org.namc.insights.domain.ModelMetrics;

/** A model to register, inactive until activated. */
public record RegisterAiModel(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 50) String version,
                              @NotNull AiModelType type, @NotNull ModelMetrics metrics,
                              @NotNull Map<String, String> config, @Size(max = 100) @Nullable String trainingDataVersion) {
}
