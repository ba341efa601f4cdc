package org.namc.persistence.jpa.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A row of {@code user_roles}: one grant of a role to a member. */
@Entity
@Table(name = "user_roles")
class RoleGrantJpaEntity {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    UUID id;

    @Column(name = "user_id", nullable = false, updatable = false)
    UUID userId;

    @Column(name = "role_id", nullable = false, updatable = false)
    UUID roleId;

    @Column(name = "assigned_at", nullable = false)
    Instant assignedAt;

    @Column(name = "assigned_by")
    @Nullable UUID assignedBy;

    @Column(name = "expires_at")
    @Nullable Instant expiresAt;

    @Column(name = "is_active", nullable = false)
    boolean active;

    /** For Hibernate. */
    RoleGrantJpaEntity() {
    }

    RoleGrantJpaEntity(UUID id, UUID userId, UUID roleId) {
        this.id = id;
        this.userId = userId;
        this.roleId = roleId;
    }
}
