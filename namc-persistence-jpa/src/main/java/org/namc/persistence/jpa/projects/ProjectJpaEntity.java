package org.namc.persistence.jpa.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.geolatte.geom.G2D;
import org.geolatte.geom.Point;
import org.geolatte.geom.Polygon;
import org.hibernate.annotations.JdbcType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import org.jspecify.annotations.Nullable;
import org.namc.persistence.jpa.shared.TimestampedRow;
import org.namc.projects.domain.ProjectCategory;
import org.namc.projects.domain.ProjectPriority;
import org.namc.projects.domain.ProjectStatus;
import org.namc.projects.domain.ProjectVisibility;
import org.namc.persistence.jpa.shared.TextArrayJdbcType;

/**
 * A row of {@code projects}; only {@link ProjectMapper} sees it. {@code application_count} is
 * read-only here: the slot methods of {@link JpaProjects} own it. {@code search_vector} and
 * {@code bonding_required} are derived by the database and left unmapped. {@code version} is
 * not Hibernate's {@code @Version}: {@link JpaProjects#save} checks and bumps it under a row lock.
 */
@Entity
@Table(name = "projects")
class ProjectJpaEntity extends TimestampedRow {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    UUID id;

    @Column(name = "source", nullable = false)
    String source;

    @Column(name = "external_id")
    @Nullable String externalId;

    @Column(name = "title", nullable = false)
    String title;

    /** The seed requires it; a draft without one stores the empty text. */
    @Column(name = "description", nullable = false)
    String description;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "category", nullable = false, columnDefinition = "project_category_enum")
    ProjectCategory category;

    @Column(name = "subcategory")
    @Nullable String subcategory;

    @JdbcType(TextArrayJdbcType.class)
    @Column(name = "sector", nullable = false, columnDefinition = "text[]")
    String[] sectors;

    @JdbcType(TextArrayJdbcType.class)
    @Column(name = "keywords", nullable = false, columnDefinition = "text[]")
    String[] keywords;

    @Column(name = "currency", columnDefinition = "bpchar(3)")
    @Nullable String currency;

    @Column(name = "budget_min", precision = 15, scale = 2)
    @Nullable BigDecimal budgetMin;

    @Column(name = "budget_max", precision = 15, scale = 2)
    @Nullable BigDecimal budgetMax;

    @Column(name = "estimated_value", precision = 15, scale = 2)
    @Nullable BigDecimal estimatedValue;

    @Column(name = "funding_source")
    @Nullable String fundingSource;

    @Column(name = "location")
    @Nullable String location;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "address", columnDefinition = "jsonb")
    @Nullable AddressJson address;

    @JdbcTypeCode(SqlTypes.GEOGRAPHY)
    @Column(name = "coordinates", columnDefinition = "geography(Point,4326)")
    @Nullable Point<G2D> coordinates;

    @JdbcTypeCode(SqlTypes.GEOGRAPHY)
    @Column(name = "service_area", columnDefinition = "geography(Polygon,4326)")
    @Nullable Polygon<G2D> serviceArea;

    @Column(name = "start_date")
    @Nullable LocalDate startDate;

    @Column(name = "end_date")
    @Nullable LocalDate endDate;

    @Column(name = "deadline_date")
    @Nullable Instant deadline;

    @Column(name = "estimated_duration")
    @Nullable Integer estimatedDurationDays;

    @JdbcType(TextArrayJdbcType.class)
    @Column(name = "requirements", nullable = false, columnDefinition = "text[]")
    String[] requirements;

    @JdbcType(TextArrayJdbcType.class)
    @Column(name = "skills_required", nullable = false, columnDefinition = "text[]")
    String[] skills;

    @JdbcType(TextArrayJdbcType.class)
    @Column(name = "certifications_required", nullable = false, columnDefinition = "text[]")
    String[] certifications;

    @JdbcType(TextArrayJdbcType.class)
    @Column(name = "certifications_mandatory", nullable = false, columnDefinition = "text[]")
    String[] mandatoryCertifications;

    @Column(name = "experience_required", nullable = false)
    int yearsOfExperience;

    @Column(name = "bonding_amount", precision = 15, scale = 2)
    @Nullable BigDecimal bonding;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "insurance_required", nullable = false, columnDefinition = "jsonb")
    List<InsuranceJson> insurance;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "status", nullable = false, columnDefinition = "project_status_enum")
    ProjectStatus status;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "priority", nullable = false, columnDefinition = "project_priority_enum")
    ProjectPriority priority;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "visibility", nullable = false, columnDefinition = "project_visibility_enum")
    ProjectVisibility visibility;

    @Column(name = "max_applications")
    @Nullable Integer maxApplications;

    @Column(name = "application_count", nullable = false, insertable = false, updatable = false)
    int applicationCount;

    @Column(name = "contact_name")
    @Nullable String contactName;

    @Column(name = "contact_email")
    @Nullable String contactEmail;

    @Column(name = "contact_phone")
    @Nullable String contactPhone;

    @Column(name = "organization")
    @Nullable String organization;

    @Column(name = "awarded_application_id")
    @Nullable UUID awardedApplication;

    @Column(name = "created_by", updatable = false)
    @Nullable UUID owner;

    @Column(name = "updated_by")
    @Nullable UUID updatedBy;

    @Column(name = "published_at")
    @Nullable Instant publishedAt;

    @Column(name = "closed_at")
    @Nullable Instant closedAt;

    @Column(name = "deleted_at", insertable = false, updatable = false)
    @Nullable Instant deletedAt;

    @Column(name = "version", nullable = false)
    long version;

    /** For Hibernate. */
    ProjectJpaEntity() {
    }

    ProjectJpaEntity(UUID id, Instant createdAt, @Nullable UUID owner) {
        this.id = id;
        this.createdAt = createdAt;
        this.owner = owner;
    }
}
