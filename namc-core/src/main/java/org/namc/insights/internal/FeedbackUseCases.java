package org.namc.insights.internal;

import org.namc.shared.domain.ViolationRule;
import org.namc.insights.domain.InsightsRefusal;
import java.util.List;
import org.namc.insights.RateAiOutput;
import org.namc.insights.RecordAiInteraction;
import org.namc.insights.domain.AiInteraction;
import org.namc.insights.domain.AiInteractionId;
import org.namc.insights.domain.AiModel;
import org.namc.insights.domain.RatingSummary;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.Violations;

/** Recording AI outputs, members rating them, and the aggregates staff read. */
final class FeedbackUseCases {
    static final String RESOURCE = "ai-feedback";

    private final InsightsContext ctx;

    FeedbackUseCases(InsightsContext ctx) {
        this.ctx = ctx;
    }

    AiInteraction record(Actor actor, RecordAiInteraction c) {
        Violations.collect().required(c, "command").throwIfAny();
        ctx.validation().validate(c, AiInteraction.check(c.feature(), c.modelVersion(), c.input(), c.output(),
                c.confidence(), c.responseTimeMillis(), c.modelParameters())
                .required(c.modelParameters(), "modelParameters").maxLength(c.sessionId(), "sessionId", 200)
                .maxLength(c.requestId(), "requestId", 200)
                .check(c.modelId() != null || c.modelVersion() != null, "modelVersion", ViolationRule.REQUIRED,
                        "name the registered model or its version"));
        return ctx.unitOfWork().execute(actor, "ai-feedback.record", RESOURCE, scope -> {
            if (c.user() != null) {
                ctx.require(actor, RESOURCE, "create", c.user());
            } else {
                ctx.require(actor, RESOURCE, "create", null);
            }
            String version = c.modelVersion();
            if (c.modelId() != null) {
                AiModel model = ctx.models().findById(c.modelId())
                        .orElseThrow(() -> InsightsModule.missingModel(c.modelId()));
                if (!model.active()) {
                    throw NamcException.refused(InsightsRefusal.MODEL_NOT_ACTIVE, "model " + model.name() + " is not active");
                }
                version = model.version();
                ctx.models().save(model.used(c.responseTimeMillis(), ctx.now()));
            }
            AiInteraction interaction = new AiInteraction(new AiInteractionId(ctx.ids().newId()), c.user(), c.feature(),
                    c.modelId(), version, c.input(), c.output(), c.confidence(), c.responseTimeMillis(),
                    c.modelParameters(), c.sessionId(), c.requestId(), null, null, null, null, ctx.now(), null);
            ctx.interactions().save(interaction);
            scope.resource(interaction.id()).changed("feature", null, c.feature()).changed("modelVersion", null, version);
            return interaction;
        });
    }

    AiInteraction rate(Actor actor, RateAiOutput c) {
        Violations.collect().required(c, "command").throwIfAny();
        ctx.validation().validate(c, Violations.collect().required(c.interactionId(), "interactionId")
                .check(c.rating() >= 1 && c.rating() <= 5, "rating", ViolationRule.RANGE, "must be from 1 to 5")
                .maxLength(c.feedbackText(), "feedbackText", 2000));
        return ctx.unitOfWork().execute(actor, "ai-feedback.rate", RESOURCE, scope -> {
            scope.resource(c.interactionId());
            AiInteraction interaction = ctx.interactions().findById(c.interactionId())
                    .orElseThrow(() -> NamcException.notFound("ai interaction", c.interactionId()));
            if (interaction.user() == null) {
                throw NamcException.refused(InsightsRefusal.INTERACTION_WITHOUT_MEMBER, "interaction " + interaction.id() + " was shown to no member");
            }
            ctx.require(actor, RESOURCE, "rate", interaction.user());
            AiInteraction rated = interaction.rated(c.rating(), c.feedbackText(), c.accurate(), c.helpful(), ctx.now());
            ctx.interactions().save(rated);
            scope.changed("rating", interaction.rating(), rated.rating());
            return rated;
        });
    }

    Page<AiInteraction> byFeature(Actor actor, String feature, PageRequest page) {
        Violations.collect().notBlank(feature, "feature", 100).required(page, "page").throwIfAny();
        ctx.require(actor, RESOURCE, "read", null);
        return ctx.interactions().byFeature(feature, page);
    }

    List<RatingSummary> summary(Actor actor, String feature) {
        Violations.collect().notBlank(feature, "feature", 100).throwIfAny();
        ctx.require(actor, RESOURCE, "read", null);
        return ctx.interactions().talliesFor(feature).stream().map(RatingSummary::of).toList();
    }
}
