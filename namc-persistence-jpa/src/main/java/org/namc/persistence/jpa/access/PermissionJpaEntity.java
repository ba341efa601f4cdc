package org.namc.persistence.jpa.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A row of {@code permissions}: one permission rule, shared by every role that has it. Written once, never changed. */
@Entity
@Immutable
@Table(name = "permissions")
class PermissionJpaEntity {
    // The core never sees these rows, so their ids come from Hibernate, time-ordered like the core's.
    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    @Column(name = "id", nullable = false, updatable = false)
    @Nullable UUID id;

    /** The rule's text, its natural key. */
    @Column(name = "name", nullable = false, updatable = false)
    String name;

    @Column(name = "description", nullable = false, updatable = false)
    String description;

    @Column(name = "resource", nullable = false, updatable = false)
    String resource;

    @Column(name = "action", nullable = false, updatable = false)
    String action;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "conditions", nullable = false, updatable = false, columnDefinition = "jsonb")
    ConditionsJson conditions;

    @Column(name = "is_system_permission", nullable = false, updatable = false)
    boolean system;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    /** For Hibernate. */
    PermissionJpaEntity() {
    }

    PermissionJpaEntity(String name, String description, String resource, String action,
                        ConditionsJson conditions, boolean system, Instant createdAt) {
        this.name = name;
        this.description = description;
        this.resource = resource;
        this.action = action;
        this.conditions = conditions;
        this.system = system;
        this.createdAt = createdAt;
    }
}
