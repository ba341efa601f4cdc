package org.namc.insights.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;

/**
 * A registered model (the seed's {@code ai_models}): its release, metrics, configuration, and
 * usage. Only an active model can be in production, and only one model per type is (the
 * registry demotes the previous one). Usage keeps the total response time so the average is
 * exact: the total and the number of timed requests, not a running mean.
 */
public record AiModel(AiModelId id, String name, String version, AiModelType type, ModelMetrics metrics,
                      Map<String, String> config, @Nullable String trainingDataVersion, boolean active,
                      boolean production, long requestCount, long timedRequestCount, long totalResponseMillis,
                      Instant createdAt,
                      Instant updatedAt, @Nullable MemberId createdBy) {

    public AiModel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        config = Collections.unmodifiableMap(new TreeMap<>(config));
        if (production && !active) {
            throw new IllegalArgumentException("a production model is active");
        }
        if (requestCount < 0 || timedRequestCount < 0 || timedRequestCount > requestCount || totalResponseMillis < 0) {
            throw new IllegalArgumentException("usage is never negative");
        }
    }

    public static AiModel register(AiModelId id, String name, String version, AiModelType type, ModelMetrics metrics,
                                   Map<String, String> config, @Nullable String trainingDataVersion,
                                   @Nullable MemberId by, Instant now) {
        return new AiModel(id, name.strip(), version.strip(), type, metrics, config, trainingDataVersion, false, false,
                0, 0, 0, now, now, by);
    }

    /** The mean response time in milliseconds, to two places (half-even); {@code null} before the first timed request. */
    public @Nullable BigDecimal averageResponseMillis() {
        return timedRequestCount == 0 ? null : BigDecimal.valueOf(totalResponseMillis)
                .divide(BigDecimal.valueOf(timedRequestCount), 2, RoundingMode.HALF_EVEN);
    }

    public AiModel withMetrics(ModelMetrics newMetrics, Instant now) {
        return with(newMetrics, active, production, requestCount, timedRequestCount, totalResponseMillis, now);
    }

    public AiModel activated(Instant now) {
        return with(metrics, true, production, requestCount, timedRequestCount, totalResponseMillis, now);
    }

    public AiModel deactivated(Instant now) {
        if (production) {
            throw NamcException.refused(InsightsRefusal.MODEL_IN_PRODUCTION, "model " + name + " is in production; promote another model first");
        }
        return with(metrics, false, false, requestCount, timedRequestCount, totalResponseMillis, now);
    }

    public AiModel promoted(Instant now) {
        if (!active) {
            throw NamcException.refused(InsightsRefusal.MODEL_NOT_ACTIVE, "model " + name + " must be active before it goes to production");
        }
        return with(metrics, true, true, requestCount, timedRequestCount, totalResponseMillis, now);
    }

    public AiModel demoted(Instant now) {
        return with(metrics, active, false, requestCount, timedRequestCount, totalResponseMillis, now);
    }

    public AiModel used(@Nullable Integer responseMillis, Instant now) {
        return with(metrics, active, production, requestCount + 1,
                timedRequestCount + (responseMillis == null ? 0 : 1),
                totalResponseMillis + (responseMillis == null ? 0 : responseMillis), now);
    }

    private AiModel with(ModelMetrics newMetrics, boolean newActive, boolean newProduction, long count, long timed,
                         long total, Instant now) {
        return new AiModel(id, name, version, type, newMetrics, config, trainingDataVersion, newActive, newProduction,
                count, timed, total, createdAt, now, createdBy);
    }
}
