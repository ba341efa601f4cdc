package org.namc.persistence.jpa.insights;

import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.namc.insights.domain.AiInteraction;
import org.namc.insights.domain.AiInteractionId;
import org.namc.insights.domain.AiModel;
import org.namc.insights.domain.AiModelId;
import org.namc.insights.domain.ModelMetrics;
import org.namc.shared.domain.MemberId;

/** Copies between the core's AI interactions and models and their rows, field by field. */
final class InsightsMapper {
    private InsightsMapper() {
    }

    /** Every column; those written once ({@code updatable = false}) are ignored by Hibernate on updates. */
    static void copyInto(AiInteraction i, AiInteractionJpaEntity e) {
        e.id = i.id().value();
        e.userId = i.user() == null ? null : i.user().value();
        e.feature = i.feature();
        e.modelId = i.modelId() == null ? null : i.modelId().value();
        e.modelVersion = i.modelVersion();
        e.input = i.input();
        e.output = i.output();
        e.confidence = i.confidence();
        e.responseTimeMillis = i.responseTimeMillis();
        e.modelParameters = new TreeMap<>(i.modelParameters());
        e.sessionId = i.sessionId();
        e.requestId = i.requestId();
        e.rating = i.rating();
        e.feedbackText = i.feedbackText();
        e.accurate = i.accurate();
        e.helpful = i.helpful();
        e.createdAt = i.createdAt();
        e.processedAt = i.createdAt();
        e.ratedAt = i.ratedAt();
    }

    static AiInteraction toDomain(AiInteractionJpaEntity e) {
        return new AiInteraction(new AiInteractionId(e.id), e.userId == null ? null : new MemberId(e.userId),
                e.feature, e.modelId == null ? null : new AiModelId(e.modelId), e.modelVersion, e.input, e.output,
                e.confidence, e.responseTimeMillis, orEmpty(e.modelParameters), e.sessionId, e.requestId, e.rating,
                e.feedbackText, e.accurate, e.helpful, e.createdAt, e.ratedAt);
    }

    /** Every column; those written once ({@code updatable = false}) are ignored by Hibernate on updates. */
    static void copyInto(AiModel m, AiModelJpaEntity e) {
        e.id = m.id().value();
        e.name = m.name();
        e.release = m.version();
        e.type = m.type();
        e.accuracy = m.metrics().accuracy();
        e.precision = m.metrics().precision();
        e.recall = m.metrics().recall();
        e.f1 = m.metrics().f1();
        e.config = new TreeMap<>(m.config());
        e.trainingDataVersion = m.trainingDataVersion();
        e.active = m.active();
        e.production = m.production();
        e.requestCount = m.requestCount();
        e.timedRequestCount = m.timedRequestCount();
        e.totalResponseMillis = m.totalResponseMillis();
        e.averageResponseMillis = m.averageResponseMillis();
        e.createdAt = m.createdAt();
        e.updatedAt = m.updatedAt();
        e.createdBy = m.createdBy() == null ? null : m.createdBy().value();
    }

    static AiModel toDomain(AiModelJpaEntity e) {
        return new AiModel(new AiModelId(e.id), e.name, e.release, e.type,
                new ModelMetrics(e.accuracy, e.precision, e.recall, e.f1), e.config, e.trainingDataVersion, e.active,
                e.production, e.requestCount, e.timedRequestCount, e.totalResponseMillis, e.createdAt, e.updatedAt,
                e.createdBy == null ? null : new MemberId(e.createdBy));
    }

    /** A row written by SQL may leave the seed's nullable {@code model_parameters} empty. */
    private static Map<String, String> orEmpty(@Nullable Map<String, String> map) {
        return map == null ? Map.of() : map;
    }
}
