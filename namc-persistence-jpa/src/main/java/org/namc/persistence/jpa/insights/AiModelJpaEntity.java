package org.namc.persistence.jpa.insights;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import org.jspecify.annotations.Nullable;
import org.namc.insights.domain.AiModelType;
import org.namc.persistence.jpa.shared.TimestampedRow;

/** A row of {@code ai_models}. Its {@code version} column is the model's release, not a lock. */
@Entity
@Table(name = "ai_models")
class AiModelJpaEntity extends TimestampedRow {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    UUID id;

    @Column(name = "name", nullable = false)
    String name;

    @Column(name = "version", nullable = false)
    String release;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "model_type", nullable = false, columnDefinition = "ai_model_type_enum")
    AiModelType type;

    @Column(name = "accuracy")
    @Nullable BigDecimal accuracy;

    @Column(name = "precision_score")
    @Nullable BigDecimal precision;

    @Column(name = "recall_score")
    @Nullable BigDecimal recall;

    @Column(name = "f1_score")
    @Nullable BigDecimal f1;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "config", nullable = false, columnDefinition = "jsonb")
    Map<String, String> config;

    @Column(name = "training_data_version")
    @Nullable String trainingDataVersion;

    @Column(name = "is_active", nullable = false)
    boolean active;

    @Column(name = "is_production", nullable = false)
    boolean production;

    @Column(name = "request_count", nullable = false)
    long requestCount;

    @Column(name = "timed_request_count", nullable = false)
    long timedRequestCount;

    @Column(name = "total_response_ms", nullable = false)
    long totalResponseMillis;

    /** The core's mean, for SQL readers; the adapter reads the exact parts above. */
    @Column(name = "average_response_time")
    @Nullable BigDecimal averageResponseMillis;

    @Column(name = "created_by", updatable = false)
    @Nullable UUID createdBy;
}
