package org.namc.persistence.jpa.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import org.jspecify.annotations.Nullable;
import org.namc.learning.domain.AttemptStatus;
import org.namc.learning.domain.SubmissionTiming;

/**
 * A row of {@code assessment_submissions}, written from the start of an attempt. The grade's
 * totals are columns ({@code score}, {@code max_score}, {@code percent}, {@code passed}), its
 * per-question results the {@code grade} document; all are empty until the attempt is graded.
 * {@code submitted_at} is set for attempts that were submitted, {@code ended_at} for every
 * attempt that ended. {@code time_taken}, {@code auto_graded} and {@code feedback} stay unmapped.
 */
@Entity
@Table(name = "assessment_submissions")
class AttemptJpaEntity {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    UUID id;

    @Column(name = "user_id", nullable = false, updatable = false)
    UUID userId;

    @Column(name = "assessment_id", nullable = false, updatable = false)
    UUID assessmentId;

    @Column(name = "course_id", nullable = false, updatable = false)
    UUID courseId;

    @Column(name = "attempt_number", nullable = false, updatable = false)
    int attemptNumber;

    @Column(name = "taken_on_version", nullable = false, updatable = false)
    int takenOnVersion;

    @Column(name = "started_at", nullable = false, updatable = false)
    Instant startedAt;

    @Column(name = "deadline", updatable = false)
    @Nullable Instant deadline;

    @JdbcTypeCode(SqlTypes.INTERVAL_SECOND)
    @Column(name = "grace", nullable = false, updatable = false, columnDefinition = "interval")
    Duration grace;

    @Column(name = "seed", nullable = false, updatable = false)
    long seed;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "answers", nullable = false, columnDefinition = "jsonb")
    Map<UUID, AnswerJson> answers;

    @Column(name = "saved_at")
    @Nullable Instant savedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "status", nullable = false, columnDefinition = "attempt_status_enum")
    AttemptStatus status;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "timing", columnDefinition = "submission_timing_enum")
    @Nullable SubmissionTiming timing;

    @Column(name = "ended_at")
    @Nullable Instant endedAt;

    @Column(name = "submitted_at")
    @Nullable Instant submittedAt;

    @Column(name = "score", precision = 12, scale = 2)
    @Nullable BigDecimal score;

    @Column(name = "max_score", precision = 12, scale = 2)
    @Nullable BigDecimal maxScore;

    @Column(name = "percent", precision = 5, scale = 2)
    @Nullable BigDecimal percent;

    @Column(name = "passed")
    @Nullable Boolean passed;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "grade", columnDefinition = "jsonb")
    @Nullable GradeJson grade;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "reviewed_points", nullable = false, columnDefinition = "jsonb")
    Map<UUID, String> reviewedPoints;

    @Column(name = "graded_by")
    @Nullable UUID gradedBy;

    @Column(name = "graded_at")
    @Nullable Instant gradedAt;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    /** For Hibernate. */
    AttemptJpaEntity() {
    }
}
