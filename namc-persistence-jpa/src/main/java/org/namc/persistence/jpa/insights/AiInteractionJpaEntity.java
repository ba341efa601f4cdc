package org.namc.persistence.jpa.insights;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import org.jspecify.annotations.Nullable;

/** A row of {@code ai_feedback}: one AI output a member saw, and what they thought of it. */
@Entity
@Table(name = "ai_feedback")
class AiInteractionJpaEntity {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    UUID id;

    @Column(name = "user_id", updatable = false)
    @Nullable UUID userId;

    @Column(name = "feature", nullable = false, updatable = false)
    String feature;

    @Column(name = "model_id", updatable = false)
    @Nullable UUID modelId;

    @Column(name = "model_version", updatable = false)
    @Nullable String modelVersion;

    @Column(name = "input_data", nullable = false, updatable = false)
    String input;

    @Column(name = "output_data", nullable = false, updatable = false)
    String output;

    @Column(name = "confidence_score", updatable = false)
    @Nullable BigDecimal confidence;

    @Column(name = "response_time_ms", updatable = false)
    @Nullable Integer responseTimeMillis;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "model_parameters", updatable = false, columnDefinition = "jsonb")
    @Nullable Map<String, String> modelParameters;

    @Column(name = "session_id", updatable = false)
    @Nullable String sessionId;

    @Column(name = "request_id", updatable = false)
    @Nullable String requestId;

    @Column(name = "rating")
    @Nullable Integer rating;

    @Column(name = "feedback_text")
    @Nullable String feedbackText;

    @Column(name = "is_accurate")
    @Nullable Boolean accurate;

    @Column(name = "is_helpful")
    @Nullable Boolean helpful;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    /** When the output was produced: the recording time, from the core's clock rather than the database's. */
    @Column(name = "processed_at", updatable = false)
    @Nullable Instant processedAt;

    @Column(name = "rated_at")
    @Nullable Instant ratedAt;
}
