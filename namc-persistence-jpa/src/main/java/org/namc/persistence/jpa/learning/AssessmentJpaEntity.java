package org.namc.persistence.jpa.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import org.jspecify.annotations.Nullable;
import org.namc.learning.domain.AssessmentType;
import org.namc.learning.domain.OverduePolicy;
import org.namc.persistence.jpa.shared.VersionedRow;

/**
 * A row of {@code assessments}. {@code questions} holds the current version's questions (the
 * generated {@code question_count} counts them), {@code versions} every version; a check keeps
 * the two in step. {@code module_id}, {@code description}, {@code auto_grade} and
 * {@code show_results_immediately} are seed columns the core does not use.
 */
@Entity
@Table(name = "assessments")
class AssessmentJpaEntity extends VersionedRow {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    UUID id;

    @Column(name = "course_id", nullable = false, updatable = false)
    UUID courseId;

    @Column(name = "lesson_id")
    @Nullable UUID lessonId;

    @Column(name = "title", nullable = false)
    String title;

    @Column(name = "instructions")
    @Nullable String instructions;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "type", nullable = false, columnDefinition = "assessment_type_enum")
    AssessmentType type;

    @Column(name = "grading_category", nullable = false)
    String gradingCategory;

    @Column(name = "is_required", nullable = false)
    boolean required;

    @Column(name = "passing_score", nullable = false)
    BigDecimal passingScore;

    @Column(name = "max_attempts", nullable = false)
    int maxAttempts;

    @JdbcTypeCode(SqlTypes.INTERVAL_SECOND)
    @Column(name = "time_limit", columnDefinition = "interval")
    @Nullable Duration timeLimit;

    @Column(name = "opens_at")
    @Nullable Instant opensAt;

    @Column(name = "closes_at")
    @Nullable Instant closesAt;

    @JdbcTypeCode(SqlTypes.INTERVAL_SECOND)
    @Column(name = "grace", nullable = false, columnDefinition = "interval")
    Duration grace;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "overdue_policy", nullable = false, columnDefinition = "overdue_policy_enum")
    OverduePolicy overduePolicy;

    @Column(name = "shuffle_questions", nullable = false)
    boolean shuffleQuestions;

    @Column(name = "show_correct_answers", nullable = false)
    boolean showCorrectAnswers;

    @JdbcTypeCode(SqlTypes.INTERVAL_SECOND)
    @Column(name = "wait_between_attempts", nullable = false, columnDefinition = "interval")
    Duration waitBetweenAttempts;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "questions", nullable = false, columnDefinition = "jsonb")
    List<QuestionJson> questions;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "versions", nullable = false, columnDefinition = "jsonb")
    List<VersionJson> versions;

    @Column(name = "is_published", nullable = false)
    boolean published;

    @Column(name = "published_at")
    @Nullable Instant publishedAt;

    /** One element of {@code versions}; {@code created_at} as an ISO-8601 instant. */
    record VersionJson(int number, String createdAt, List<QuestionJson> questions) {
    }

    /** For Hibernate. */
    AssessmentJpaEntity() {
    }

    AssessmentJpaEntity(UUID id, UUID courseId, Instant createdAt) {
        this.id = id;
        this.courseId = courseId;
        this.createdAt = createdAt;
    }
}
