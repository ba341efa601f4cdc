package org.namc.persistence.jpa.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.Actor;

/**
 * A row of the partitioned {@code audit_logs} table. Written once, never updated. The table's
 * primary key is (id, timestamp) because the partition key must be part of it; the id alone
 * is unique too (a time-ordered UUID), which is all Hibernate needs to know. Columns the core
 * does not fill (request context, category, compliance flag) keep their defaults.
 */
@Entity
@Immutable
@Table(name = "audit_logs")
class AuditLogJpaEntity {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    UUID id;

    @Column(name = "event_type", nullable = false)
    String eventType;

    @Column(name = "resource_type", nullable = false)
    String resourceType;

    @Column(name = "resource_id")
    @Nullable String resourceId;

    @Column(name = "action", nullable = false)
    String action;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "actor_kind", nullable = false, columnDefinition = "audit_actor_kind_enum")
    Actor.Kind actorKind;

    @Column(name = "user_id")
    @Nullable UUID userId;

    @Column(name = "impersonated_by")
    @Nullable UUID impersonatedBy;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "old_values", columnDefinition = "jsonb")
    @Nullable Map<String, @Nullable String> oldValues;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "new_values", columnDefinition = "jsonb")
    @Nullable Map<String, @Nullable String> newValues;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "changes", columnDefinition = "jsonb")
    @Nullable List<String> changes;

    @Column(name = "success", nullable = false)
    boolean success;

    @Column(name = "error_message")
    @Nullable String errorMessage;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "severity", nullable = false, columnDefinition = "audit_severity_enum")
    AuditSeverity severity;

    @Column(name = "timestamp", nullable = false)
    Instant timestamp;

    /** For Hibernate. */
    AuditLogJpaEntity() {
    }
}
