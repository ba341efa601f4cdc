package org.namc.persistence.jpa.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import org.jspecify.annotations.Nullable;
import org.namc.persistence.jpa.shared.TextArrayJdbcType;
import org.namc.persistence.jpa.shared.TimestampedRow;
import org.namc.projects.domain.ApplicationDecision;
import org.namc.projects.domain.ApplicationStatus;

/**
 * A row of {@code project_applications}; only {@link ApplicationMapper} sees it. As for
 * projects, {@code version} is checked and bumped by the store under a row lock.
 */
@Entity
@Table(name = "project_applications")
class ApplicationJpaEntity extends TimestampedRow {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    UUID id;

    @Column(name = "project_id", nullable = false, updatable = false)
    UUID projectId;

    @Column(name = "user_id", nullable = false, updatable = false)
    UUID applicant;

    @Column(name = "proposal", nullable = false)
    String proposal;

    @Column(name = "experience_description", nullable = false)
    String experience;

    @Column(name = "timeline_description", nullable = false)
    String timeline;

    @Column(name = "budget_proposal", precision = 15, scale = 2)
    @Nullable BigDecimal budgetProposal;

    @Column(name = "budget_currency", columnDefinition = "bpchar(3)")
    @Nullable String budgetCurrency;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "team_members", nullable = false, columnDefinition = "jsonb")
    List<TeamMemberJson> team;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "portfolio_items", nullable = false, columnDefinition = "jsonb")
    List<PortfolioItemJson> portfolio;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "references_provided", nullable = false, columnDefinition = "jsonb")
    List<ClientReferenceJson> references;

    @JdbcType(TextArrayJdbcType.class)
    @Column(name = "certifications_provided", nullable = false, columnDefinition = "text[]")
    String[] certificationsProvided;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "status", nullable = false, columnDefinition = "application_status_enum")
    ApplicationStatus status;

    @Column(name = "match_score", precision = 5, scale = 2)
    @Nullable BigDecimal matchScore;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    Instant submittedAt;

    @Column(name = "reviewed_at")
    @Nullable Instant reviewedAt;

    @Column(name = "reviewed_by")
    @Nullable UUID reviewedBy;

    @Column(name = "review_notes")
    @Nullable String reviewNotes;

    @Column(name = "feedback")
    @Nullable String feedback;

    @Column(name = "info_question")
    @Nullable String question;

    @Column(name = "info_answer")
    @Nullable String answer;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "decision", columnDefinition = "application_decision_enum")
    @Nullable ApplicationDecision decision;

    @Column(name = "decision_at")
    @Nullable Instant decisionAt;

    @Column(name = "decision_by")
    @Nullable UUID decisionBy;

    @Column(name = "decision_reason")
    @Nullable String decisionReason;

    @Column(name = "withdrawn_at")
    @Nullable Instant withdrawnAt;

    @Column(name = "version", nullable = false)
    long version;

    /** For Hibernate. */
    ApplicationJpaEntity() {
    }

    ApplicationJpaEntity(UUID id, UUID projectId, UUID applicant, Instant submittedAt) {
        this.id = id;
        this.projectId = projectId;
        this.applicant = applicant;
        this.submittedAt = submittedAt;
        this.createdAt = submittedAt;
    }
}
