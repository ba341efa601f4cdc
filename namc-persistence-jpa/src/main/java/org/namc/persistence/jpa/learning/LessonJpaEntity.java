package org.namc.persistence.jpa.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import org.jspecify.annotations.Nullable;
import org.namc.learning.domain.LessonType;
import org.namc.persistence.jpa.shared.TimestampedRow;

/** A row of {@code lessons}: its position in the module is {@code order_index}, its body is {@code content}. */
@Entity
@Table(name = "lessons")
class LessonJpaEntity extends TimestampedRow {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id", nullable = false, updatable = false)
    ModuleJpaEntity module;

    @Column(name = "title", nullable = false)
    String title;

    @Column(name = "description")
    @Nullable String description;

    @Column(name = "content", nullable = false)
    String content;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "type", nullable = false, columnDefinition = "lesson_type_enum")
    LessonType type;

    @Column(name = "video_url")
    @Nullable String videoUrl;

    @Column(name = "video_duration")
    @Nullable Integer videoDuration;

    @Column(name = "order_index", nullable = false)
    int orderIndex;

    @Column(name = "estimated_duration")
    @Nullable Integer estimatedDuration;

    @Column(name = "is_published", nullable = false)
    boolean published;

    @Column(name = "is_preview", nullable = false)
    boolean preview;

    @Column(name = "is_required", nullable = false)
    boolean required;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "completion_criteria", nullable = false, columnDefinition = "jsonb")
    CompletionCriteriaJson completionCriteria;

    /** For Hibernate. */
    LessonJpaEntity() {
    }

    LessonJpaEntity(UUID id, ModuleJpaEntity module, Instant createdAt) {
        this.id = id;
        this.module = module;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }
}
