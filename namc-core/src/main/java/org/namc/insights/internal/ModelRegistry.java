package org.namc.insights.internal;

import org.namc.insights.AiModelView;
import org.namc.insights.domain.InsightsRefusal;
import java.util.Optional;
import org.namc.insights.ProductionChange;
import org.namc.insights.RegisterAiModel;
import org.namc.insights.domain.AiModel;
import org.namc.insights.domain.AiModelId;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Violations;

/** The model registry's use cases. */
final class ModelRegistry {
    static final String RESOURCE = "ai-model";

    private final InsightsContext ctx;

    ModelRegistry(InsightsContext ctx) {
        this.ctx = ctx;
    }

    AiModel register(Actor actor, RegisterAiModel c) {
        Violations.collect().required(c, "command").throwIfAny();
        ctx.validation().validate(c, Violations.collect().notBlank(c.name(), "name", 100)
                .notBlank(c.version(), "version", 50).required(c.type(), "type").required(c.metrics(), "metrics")
                .required(c.config(), "config").maxSize(c.config() == null ? null : c.config().keySet(), "config", 200)
                .maxLength(c.trainingDataVersion(), "trainingDataVersion", 100));
        return ctx.unitOfWork().execute(actor, "ai-model.register", RESOURCE, scope -> {
            ctx.require(actor, RESOURCE, "register", null);
            if (ctx.models().findByName(c.name().strip()).isPresent()) {
                throw NamcException.refused(InsightsRefusal.MODEL_NAME_TAKEN, "a model named " + c.name().strip() + " is already registered");
            }
            AiModel model = AiModel.register(new AiModelId(ctx.ids().newId()), c.name(), c.version(), c.type(),
                    c.metrics(), c.config(), c.trainingDataVersion(), actor.memberId(), ctx.now());
            ctx.models().save(model);
            scope.resource(model.id()).changed("name", null, model.name()).changed("version", null, model.version());
            return model;
        });
    }

    AiModel change(Actor actor, AiModelId id, String action, InsightsModule.ModelChange change) {
        Violations.collect().required(id, "modelId").throwIfAny();
        return ctx.unitOfWork().execute(actor, action, RESOURCE, scope -> {
            scope.resource(id);
            ctx.require(actor, RESOURCE, "manage", null);
            AiModel model = ctx.models().findById(id).orElseThrow(() -> InsightsModule.missingModel(id));
            AiModel changed = change.apply(model, scope);
            ctx.models().save(changed);
            return changed;
        });
    }

    ProductionChange promote(Actor actor, AiModelId id) {
        Violations.collect().required(id, "modelId").throwIfAny();
        return ctx.unitOfWork().execute(actor, "ai-model.promote", RESOURCE, scope -> {
            scope.resource(id);
            ctx.require(actor, RESOURCE, "manage", null);
            AiModel model = ctx.models().findById(id).orElseThrow(() -> InsightsModule.missingModel(id));
            if (model.production()) {
                return new ProductionChange(AiModelView.of(model), null);
            }
            Optional<AiModel> previous = ctx.models().productionModel(model.type());
            AiModel demoted = previous.map(p -> p.demoted(ctx.now())).orElse(null);
            if (demoted != null) {
                ctx.models().save(demoted);
            }
            AiModel promoted = model.promoted(ctx.now());
            ctx.models().save(promoted);
            scope.changed("production", false, true).changed("replaced", null,
                    demoted == null ? null : demoted.name() + " " + demoted.version());
            return new ProductionChange(AiModelView.of(promoted), demoted == null ? null : AiModelView.of(demoted));
        });
    }
}
