package org.namc.insights.internal;

import org.namc.insights.AiInteractionView;
import org.namc.insights.AiModelView;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.namc.insights.InsightsApi;
import org.namc.insights.ProductionChange;
import org.namc.insights.RateAiOutput;
import org.namc.insights.RecordAiInteraction;
import org.namc.insights.RegisterAiModel;
import org.namc.insights.domain.AiInteraction;
import org.namc.insights.domain.AiModel;
import org.namc.insights.domain.AiModelId;
import org.namc.insights.domain.AiModelType;
import org.namc.insights.domain.ModelMetrics;
import org.namc.insights.domain.RatingSummary;
import org.namc.insights.spi.AiInteractions;
import org.namc.insights.spi.AiModels;
import org.namc.shared.authorization.Authorizer;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.Violations;
import org.namc.shared.internal.AuditScope;
import org.namc.shared.internal.CommandValidation;
import org.namc.shared.internal.UnitOfWork;
import org.namc.shared.spi.IdGenerator;

/** The insights context's primary port: feedback use cases here, the registry in {@link ModelRegistry}. */
public final class InsightsModule implements InsightsApi {
    private final InsightsContext ctx;
    private final FeedbackUseCases feedback;
    private final ModelRegistry registry;

    public InsightsModule(AiInteractions interactions, AiModels models, Clock clock, IdGenerator ids,
                          UnitOfWork unitOfWork, CommandValidation validation, Authorizer authorizer) {
        this.ctx = new InsightsContext(interactions, models, clock, ids, unitOfWork, validation, authorizer);
        this.feedback = new FeedbackUseCases(ctx);
        this.registry = new ModelRegistry(ctx);
    }

    @Override
    public AiInteractionView recordInteraction(Actor actor, RecordAiInteraction command) {
        return AiInteractionView.of(feedback.record(actor, command));
    }

    @Override
    public AiInteractionView rate(Actor actor, RateAiOutput command) {
        return AiInteractionView.of(feedback.rate(actor, command));
    }

    @Override
    public Page<AiInteractionView> interactions(Actor actor, String feature, PageRequest page) {
        return feedback.byFeature(actor, feature, page).map(AiInteractionView::of);
    }

    @Override
    public List<RatingSummary> ratingSummary(Actor actor, String feature) {
        return feedback.summary(actor, feature);
    }

    @Override
    public AiModelView registerModel(Actor actor, RegisterAiModel command) {
        return AiModelView.of(registry.register(actor, command));
    }

    @Override
    public AiModelView updateMetrics(Actor actor, AiModelId modelId, ModelMetrics metrics) {
        Violations.collect().required(metrics, "metrics").throwIfAny();
        return AiModelView.of(registry.change(actor, modelId, "ai-model.metrics.update", (model, scope) -> {
            scope.changed("metrics", model.metrics(), metrics);
            return model.withMetrics(metrics, ctx.now());
        }));
    }

    @Override
    public AiModelView activateModel(Actor actor, AiModelId modelId) {
        return AiModelView.of(registry.change(actor, modelId, "ai-model.activate", (model, scope) -> {
            scope.changed("active", model.active(), true);
            return model.activated(ctx.now());
        }));
    }

    @Override
    public AiModelView deactivateModel(Actor actor, AiModelId modelId) {
        return AiModelView.of(registry.change(actor, modelId, "ai-model.deactivate", (model, scope) -> {
            scope.changed("active", model.active(), false);
            return model.deactivated(ctx.now());
        }));
    }

    @Override
    public ProductionChange promoteToProduction(Actor actor, AiModelId modelId) {
        return registry.promote(actor, modelId);
    }

    @Override
    public Optional<AiModelView> productionModel(Actor actor, AiModelType type) {
        Violations.collect().required(type, "type").throwIfAny();
        ctx.require(actor, "ai-model", "read", null);
        return ctx.models().productionModel(type).map(AiModelView::of);
    }

    @Override
    public List<AiModelView> models(Actor actor) {
        ctx.require(actor, "ai-model", "read", null);
        return ctx.models().all().stream().map(AiModelView::of).toList();
    }

    /** A change to one model: load, apply, save, audit. */
    interface ModelChange extends BiFunction<AiModel, AuditScope, AiModel> {
    }

    static NamcException missingModel(AiModelId id) {
        return NamcException.notFound("ai model", id);
    }
}
