package org.namc.persistence.jpa.learning;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import org.jspecify.annotations.Nullable;
import org.namc.learning.domain.CourseLevel;
import org.namc.persistence.jpa.shared.TextArrayJdbcType;
import org.namc.persistence.jpa.shared.TimestampedRow;

/**
 * A row of {@code courses}, owning its modules. The trigger-kept counters, the generated
 * {@code is_free} and the seed's media and rating columns the core does not hold stay unmapped.
 * The row version is bumped by {@link JpaCourses} itself, never by Hibernate: a change to a
 * lesson alone leaves this row clean, yet must still move the aggregate's version.
 */
@Entity
@Table(name = "courses")
class CourseJpaEntity extends TimestampedRow {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    UUID id;

    @Column(name = "title", nullable = false)
    String title;

    @Column(name = "description", nullable = false)
    String description;

    @Column(name = "short_description")
    @Nullable String shortDescription;

    @Column(name = "instructor_name", nullable = false)
    String instructorName;

    @Column(name = "category", nullable = false)
    String category;

    @JdbcType(TextArrayJdbcType.class)
    @Column(name = "tags", nullable = false, columnDefinition = "text[]")
    String[] tags;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "level", nullable = false, columnDefinition = "course_level_enum")
    CourseLevel level;

    @Column(name = "language", nullable = false)
    String language;

    @Column(name = "total_duration", nullable = false)
    int totalDuration;

    @Column(name = "price", nullable = false, precision = 8, scale = 2)
    BigDecimal price;

    @Column(name = "currency", nullable = false)
    String currency;

    @Column(name = "access_duration")
    @Nullable Integer accessDuration;

    @Column(name = "certificate_valid_days")
    @Nullable Integer certificateValidDays;

    @Column(name = "is_published", nullable = false)
    boolean published;

    @Column(name = "publication_date")
    @Nullable Instant publicationDate;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "grading", nullable = false, columnDefinition = "jsonb")
    CourseGradingJson grading;

    @Column(name = "created_by", updatable = false)
    @Nullable UUID createdBy;

    @Column(name = "deleted_at")
    @Nullable Instant deletedAt;

    @Column(name = "version", nullable = false, updatable = false)
    long version;

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("orderIndex")
    List<ModuleJpaEntity> modules = new ArrayList<>();

    /** For Hibernate. */
    CourseJpaEntity() {
    }

    CourseJpaEntity(UUID id, @Nullable UUID createdBy, Instant createdAt) {
        this.id = id;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }
}
