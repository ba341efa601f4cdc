package org.namc.insights;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.namc.insights.domain.AiModelId;
import org.namc.shared.domain.MemberId;

/**
 * An output an AI-assisted feature showed a member. Name the registered model with
 * {@code modelId} to count the request in its usage (its version is then taken from it), or
 * give just {@code modelVersion} for a model outside the registry.
 */
public record RecordAiInteraction(@Nullable MemberId user, @NotBlank @Size(max = 100) String feature,
                                  @Nullable AiModelId modelId, @Size(max = 100) @Nullable String modelVersion,
                                  @NotNull String input, @NotNull String output, @Nullable BigDecimal confidence,
                                  @Nullable Integer responseTimeMillis, @NotNull Map<String, String> modelParameters,
                                  @Size(max = 200) @Nullable String sessionId,
                                  @Size(max = 200) @Nullable String requestId) {

    public static RecordAiInteraction of(@Nullable MemberId user, String feature, AiModelId model, String input,
                                         String output, BigDecimal confidence, int responseTimeMillis) {
        return new RecordAiInteraction(user, feature, model, null, input, output, confidence, responseTimeMillis,
                Map.of(), null, null);
    }
}
