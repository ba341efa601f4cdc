package org.namc.persistence.jpa.audit;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.namc.audit.domain.Severity;
import org.namc.persistence.jpa.shared.TextArrayJdbcType;
import org.namc.shared.domain.Actor;

/**
 * The columns {@code audit_logs} and {@code audit_logs_archive} share (same columns, same
 * order). {@code user_role} and {@code additional_info} are the seed's and stay unmapped: the
 * roles are in {@code actor_roles}, and nothing the chain hashes goes anywhere else.
 */
@MappedSuperclass
abstract class AuditRowColumns {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    UUID id;

    @Column(name = "sequence")
    @Nullable Long sequence;

    @Column(name = "previous_hash")
    @Nullable String previousHash;

    @Column(name = "hash")
    @Nullable String hash;

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

    @JdbcType(TextArrayJdbcType.class)
    @Column(name = "actor_roles", nullable = false, columnDefinition = "text[]")
    String[] actorRoles;

    @Column(name = "ip_address")
    @Nullable String ipAddress;

    @Column(name = "user_agent")
    @Nullable String userAgent;

    @Column(name = "request_id")
    @Nullable String requestId;

    @Column(name = "session_id")
    @Nullable String sessionId;

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
    Severity severity;

    @Column(name = "category")
    @Nullable String category;

    @Column(name = "compliance_relevant", nullable = false)
    boolean complianceRelevant;

    /** The occurrence truncated to microseconds (what timestamptz holds); the partition key. */
    @Column(name = "timestamp", nullable = false)
    Instant timestamp;

    /** The nanoseconds beyond {@link #timestamp}'s microsecond, 0..999. */
    @Column(name = "timestamp_nanos", nullable = false)
    short timestampNanos;
}
