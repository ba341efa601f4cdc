package org.namc.persistence.jpa.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.namc.learning.domain.EnrollmentStatus;

/**
 * A row of {@code course_enrollments}. {@code progress_percentage} (the core computes progress
 * from lesson progress) and billing's {@code payment_id} stay unmapped.
 */
@Entity
@Table(name = "course_enrollments")
class EnrollmentJpaEntity {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    UUID id;

    @Column(name = "user_id", nullable = false, updatable = false)
    UUID userId;

    @Column(name = "course_id", nullable = false, updatable = false)
    UUID courseId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "status", nullable = false, columnDefinition = "enrollment_status_enum")
    EnrollmentStatus status;

    @Column(name = "price", nullable = false, precision = 8, scale = 2)
    BigDecimal price;

    @Column(name = "amount_paid", nullable = false, precision = 8, scale = 2)
    BigDecimal amountPaid;

    @Column(name = "currency", nullable = false)
    String currency;

    @Column(name = "payment_reference")
    @Nullable String paymentReference;

    @Column(name = "enrolled_at", nullable = false)
    Instant enrolledAt;

    @Column(name = "activated_at")
    @Nullable Instant activatedAt;

    @Column(name = "access_expires_at")
    @Nullable Instant accessExpiresAt;

    @Column(name = "completed_at")
    @Nullable Instant completedAt;

    @Column(name = "cancelled_at")
    @Nullable Instant cancelledAt;

    @Column(name = "last_accessed_at")
    @Nullable Instant lastAccessedAt;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    /** For Hibernate. */
    EnrollmentJpaEntity() {
    }

    EnrollmentJpaEntity(UUID id, UUID userId, UUID courseId) {
        this.id = id;
        this.userId = userId;
        this.courseId = courseId;
    }
}
