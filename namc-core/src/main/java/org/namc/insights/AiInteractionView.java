package org.namc.insights;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.namc.insights.domain.AiInteraction;
import org.namc.insights.domain.AiInteractionId;
import org.namc.insights.domain.AiModelId;
import org.namc.shared.domain.MemberId;

/** One output of an AI-assisted feature and its rating, as a reader sees it. Built for readers: immutable, no behaviour. */
public record AiInteractionView(AiInteractionId id,
                                @Nullable MemberId user,
                                String feature,
                                @Nullable AiModelId modelId,
                                @Nullable String modelVersion,
                                String input,
                                String output,
                                @Nullable BigDecimal confidence,
                                @Nullable Integer responseTimeMillis,
                                Map<String, String> modelParameters,
                                @Nullable String sessionId,
                                @Nullable String requestId,
                                @Nullable Integer rating,
                                @Nullable String feedbackText,
                                @Nullable Boolean accurate,
                                @Nullable Boolean helpful,
                                Instant createdAt,
                                @Nullable Instant ratedAt) {

    public static AiInteractionView of(AiInteraction aiInteraction) {
        return new AiInteractionView(aiInteraction.id(), aiInteraction.user(), aiInteraction.feature(), aiInteraction.modelId(),
                aiInteraction.modelVersion(), aiInteraction.input(), aiInteraction.output(), aiInteraction.confidence(),
                aiInteraction.responseTimeMillis(), aiInteraction.modelParameters(), aiInteraction.sessionId(), aiInteraction.requestId(),
                aiInteraction.rating(), aiInteraction.feedbackText(), aiInteraction.accurate(), aiInteraction.helpful(),
                aiInteraction.createdAt(), aiInteraction.ratedAt());
    }
}
