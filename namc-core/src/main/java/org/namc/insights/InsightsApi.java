package org.namc.insights;

import java.util.List;
import java.util.Optional;
import org.namc.insights.domain.AiModelId;
import org.namc.insights.domain.AiModelType;
import org.namc.insights.domain.ModelMetrics;
import org.namc.insights.domain.RatingSummary;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/**
 * Records of AI-assisted features and what members thought of them, and the registry of the
 * models behind them (one production model per type). Members record and rate their own
 * interactions ({@code ai-feedback:create own}, {@code ai-feedback:rate own}); staff read the
 * aggregates ({@code ai-feedback:read}) and run the registry ({@code ai-model:*}).
 */
public interface InsightsApi {

    AiInteractionView recordInteraction(Actor actor, RecordAiInteraction command);

    AiInteractionView rate(Actor actor, RateAiOutput command);

    Page<AiInteractionView> interactions(Actor actor, String feature, PageRequest page);

    /** The feature's ratings per model version. */
    List<RatingSummary> ratingSummary(Actor actor, String feature);

    AiModelView registerModel(Actor actor, RegisterAiModel command);

    AiModelView updateMetrics(Actor actor, AiModelId modelId, ModelMetrics metrics);

    AiModelView activateModel(Actor actor, AiModelId modelId);

    AiModelView deactivateModel(Actor actor, AiModelId modelId);

    /** Puts the model in production for its type and takes the previous one out, in one unit of work. */
    ProductionChange promoteToProduction(Actor actor, AiModelId modelId);

    Optional<AiModelView> productionModel(Actor actor, AiModelType type);

    List<AiModelView> models(Actor actor);
}
