package org.namc.insights;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.namc.insights.domain.AiModel;
import org.namc.insights.domain.AiModelId;
import org.namc.insights.domain.AiModelType;
import org.namc.insights.domain.ModelMetrics;
import org.namc.shared.domain.MemberId;

/** A registered AI model, as a reader sees it; the average response time is derived from its usage counters. Built for readers: immutable, no behaviour. */
public record AiModelView(AiModelId id,
                          String name,
                          String version,
                          AiModelType type,
                          ModelMetrics metrics,
                          Map<String, String> config,
                          @Nullable String trainingDataVersion,
                          boolean active,
                          boolean production,
                          long requestCount,
                          Instant createdAt,
                          Instant updatedAt,
                          @Nullable MemberId createdBy,
                          @Nullable BigDecimal averageResponseMillis) {

    public static AiModelView of(AiModel model) {
        return new AiModelView(model.id(), model.name(), model.version(), model.type(),
                model.metrics(), model.config(), model.trainingDataVersion(), model.active(),
                model.production(), model.requestCount(), model.createdAt(), model.updatedAt(),
                model.createdBy(), model.averageResponseMillis());
    }
}
